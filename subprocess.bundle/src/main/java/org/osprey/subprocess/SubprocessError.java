package org.osprey.subprocess;

/** {@code subprocess.SubprocessError}: the base of this module's own errors (OS errors are {@code OsException}s). */
public abstract class SubprocessError extends Exception {
    private static final long serialVersionUID = 1L;

    SubprocessError(String message) {
        super(message);
    }
}
