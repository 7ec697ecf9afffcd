package org.osprey.os;

/**
 * No Osprey provider serves {@link Os#get()}: none is on the class path or module path, none there fits the running
 * platform, the provider that the system property {@code osprey.provider} forces is not there or not usable, or (in
 * an OSGi framework) no {@code Os} service is registered. The message names what was looked for (or asked for),
 * what was found, and what to add (the {@code org.osprey.posix} module, Maven artifact
 * {@code org.osprey:osprey-posix}). Every call that cannot find a provider throws this same exception with the
 * same message, the first one and each later one.
 */
public class NoProviderException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * An error saying why no provider serves.
     *
     * @param message what was looked for and what to add
     */
    public NoProviderException(String message) {
        super(message);
    }
}
