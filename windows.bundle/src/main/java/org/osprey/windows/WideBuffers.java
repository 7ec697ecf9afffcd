package org.osprey.windows;

import org.osprey.os.OsException;

/** The Windows calls that fill a caller's {@code WCHAR} buffer and say how big it must be when it is too small. */
final class WideBuffers {
    /** One such call: the characters written without the NUL, the size needed with it, or 0 on failure. */
    @FunctionalInterface
    interface Call {
        int into(char[] buffer, int size);
    }

    private WideBuffers() {
    }

    /**
     * {@return what the call wrote, the buffer grown until it fits}
     *
     * @throws OsException the call's Windows error, about {@code filename}
     */
    static String fill(Call call, String filename) throws OsException {
        char[] buffer = new char[260];
        while (true) {
            int n = call.into(buffer, buffer.length);
            if (n == 0) {
                throw WinErrors.lastError(filename);
            }
            if (n < buffer.length) {
                return new String(buffer, 0, n);
            }
            buffer = new char[n];
        }
    }
}
