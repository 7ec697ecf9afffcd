package org.osprey.shell;

import java.io.InterruptedIOException;

/**
 * A command stopped by Ctrl-C, named as Python names it ({@code KeyboardInterrupt: ...} is what {@link Failure}
 * prints); its message says what was in progress and what is left. The one-command shell exits with
 * {@link #STATUS}, as a shell reports a program SIGINT ended.
 */
final class KeyboardInterrupt extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    /** 128 + SIGINT. */
    static final int STATUS = 130;

    KeyboardInterrupt(InterruptedIOException stop) {
        super(stop.getMessage());
        bytesTransferred = stop.bytesTransferred;
        initCause(stop);
    }
}
