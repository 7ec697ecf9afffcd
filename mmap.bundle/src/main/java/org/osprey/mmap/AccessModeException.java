package org.osprey.mmap;

/**
 * Python's {@code TypeError} from a map whose access forbids the call: a write to an {@code ACCESS_READ} map
 * ({@code mmap can't modify a readonly memory map.}), a resize of an {@code ACCESS_READ} or {@code ACCESS_COPY}
 * one.
 */
public class AccessModeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with CPython's message.
     *
     * @param message what the access forbids, as CPython words it
     */
    public AccessModeException(String message) {
        super(message);
    }
}
