package org.osprey.shutil.internal;

import java.io.IOException;

import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * The zero-copy paths of {@code copyfile}, tried in CPython's order: on macOS {@code fcopyfile}; elsewhere
 * {@code copy_file_range}, then {@code sendfile}. Each either copies the whole file or gives up before writing anything, so that the caller can fall back; a call the
 * platform lacks is not tried again.
 */
final class KernelCopy {
    /** The open source and destination, and their names for errors. */
    record Ends(int in, int out, String src, String dst) {
    }

    private volatile boolean copyFileRangeWorks = true;
    private volatile boolean sendfileWorks = true;
    private volatile boolean fcopyfileWorks = true;

    /** CPython's {@code _fastcopy_fcopyfile}: the whole file in one call; EINVAL or ENOTSUP let the buffer try. */
    boolean tryFcopyfile(Os os, Ends ends) throws OsException {
        if (!fcopyfileWorks) {
            return false;
        }
        try {
            os.fcopyfile(ends.in(), ends.out(), Os.COPYFILE_DATA);
            return true;
        } catch (UnsupportedOperationException e) {
            fcopyfileWorks = false;
            return false;
        } catch (OsException e) {
            if (e.errno() == os.errno().EINVAL() || e.errno() == os.errno().ENOTSUP()) {
                return false;
            }
            throw e.withFilenames(ends.src(), ends.dst());
        }
    }

    /** True when the file was copied; false when the caller should try another way (nothing was written). */
    boolean tryCopyFileRange(Os os, Ends ends, long chunk, FileProgress progress) throws IOException {
        if (!copyFileRangeWorks) {
            return false;
        }
        long offset = 0;
        while (true) {
            long n;
            try {
                n = os.copyFileRange(ends.in(), ends.out(), chunk, Os.NO_OFFSET, offset);
            } catch (UnsupportedOperationException e) {
                copyFileRangeWorks = false;
                return false;
            } catch (OsException e) {
                if (e.errno() == os.errno().ENOSYS()) {
                    copyFileRangeWorks = false;
                }
                // EXDEV, EINVAL, EOPNOTSUPP... before anything was written: let a slower way try
                if (giveUp(os, e, offset, ends.out())) {
                    return false;
                }
                throw e.withFilenames(ends.src(), ends.dst());
            }
            if (n == 0) {
                // some files (in /proc, for one) claim to be empty to copy_file_range
                return offset != 0;
            }
            offset += n;
            progress.wrote(n);
        }
    }

    boolean trySendfile(Os os, Ends ends, long chunk, FileProgress progress) throws IOException {
        if (!sendfileWorks) {
            return false;
        }
        long offset = 0;
        while (true) {
            long n;
            try {
                n = os.sendfile(ends.out(), ends.in(), offset, chunk);
            } catch (UnsupportedOperationException e) {
                sendfileWorks = false;
                return false;
            } catch (OsException e) {
                if (e.errno() == os.errno().ENOTSOCK()) {
                    sendfileWorks = false;
                    return false;
                }
                if (giveUp(os, e, offset, ends.out())) {
                    return false;
                }
                throw e.withFilenames(ends.src(), ends.dst());
            }
            if (n == 0) {
                return true;
            }
            offset += n;
            progress.wrote(n);
        }
    }

    /** CPython's rule: a full disk is final; any other error before the first byte lets another way try. */
    private static boolean giveUp(Os os, OsException e, long offset, int out) throws OsException {
        return e.errno() != os.errno().ENOSPC() && offset == 0 && os.lseek(out, 0, os.SEEK_CUR()) == 0;
    }
}
