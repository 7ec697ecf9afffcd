package org.osprey.os;

/**
 * No Osprey provider serves {@link Os#get()}: none is on the class path or module path, none there fits the running
 * platform, or (in an OSGi framework) no {@code Os} service is registered. The message names what was looked for
 * and what to add (the {@code org.osprey.posix} module, Maven artifact {@code org.osprey:posix.bundle}). Every call
 * that cannot find a provider throws this same exception with the same message, the first one and each later one.
 */
public class NoProviderException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public NoProviderException(String message) {
        super(message);
    }
}
