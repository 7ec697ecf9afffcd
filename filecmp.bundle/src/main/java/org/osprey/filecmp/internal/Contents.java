package org.osprey.filecmp.internal;

import java.io.IOException;
import java.util.Arrays;

import org.osprey.os.Os;

/** CPython's {@code filecmp._do_cmp}: compares two files byte for byte, a bounded block at a time. */
final class Contents {
    private static final int BUFSIZE = 64 * 1024;

    private Contents() {
    }

    static boolean equal(Os os, String f1, String f2) throws IOException {
        int flags = os.O_RDONLY() | os.O_CLOEXEC();
        try (Fd fd1 = new Fd(os, os.open(f1, flags)); Fd fd2 = new Fd(os, os.open(f2, flags))) {
            byte[] b1 = new byte[BUFSIZE];
            byte[] b2 = new byte[BUFSIZE];
            while (true) {
                int n1 = fd1.readFully(b1);
                int n2 = fd2.readFully(b2);
                if (n1 != n2 || !Arrays.equals(b1, 0, n1, b2, 0, n2)) {
                    return false;
                }
                if (n1 == 0) {
                    return true;
                }
            }
        }
    }

    /** An open descriptor that try-with-resources closes. */
    private record Fd(Os os, int fd) implements AutoCloseable {
        /** Fills {@code buffer} unless the file ends first (a read may return less than asked for). */
        int readFully(byte[] buffer) throws IOException {
            int filled = 0;
            while (filled < buffer.length) {
                int n = os.read(fd, buffer, filled, buffer.length - filled);
                if (n <= 0) {
                    break;
                }
                filled += n;
            }
            return filled;
        }

        @Override
        public void close() throws IOException {
            os.close(fd);
        }
    }
}
