package org.osprey.tempfile;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.testing.OpenFds;

/**
 * What a descriptor is open on, to tell later that it was closed: the kernel's answer ({@code /proc}) where the
 * number is one of the process's, else, for a provider that keeps its own table of descriptors, that the
 * {@code os} still takes the number. Only the kernel's answer tells apart another file that took the number since.
 */
final class Descriptors {
    private Descriptors() {
    }

    /** What {@code fd} is open on; null if it is closed. */
    static String target(Os os, int fd) throws OsException {
        String kernel = OpenFds.target(fd);
        if (kernel != null) {
            return kernel;
        }
        try {
            os.lseek(fd, 0, os.SEEK_CUR());
            return "descriptor " + fd + " of " + os.providerId();
        } catch (OsException e) {
            if (e.errno() == os.errno().EBADF()) {
                return null;
            }
            throw e;
        }
    }

    /** Whether {@code fd}, open on {@code target} before, is closed now (or open on something else). */
    static boolean closed(Os os, int fd, String target) {
        try {
            return !target.equals(target(os, fd));
        } catch (OsException e) {
            throw new AssertionError(e);
        }
    }
}
