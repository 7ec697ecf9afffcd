package org.osprey.shutil.internal;

import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * CPython 3.13's {@code shutil.copy2} on Windows: Windows copies the file itself ({@code _winapi.CopyFile2}), and
 * only where it refuses in the two ways CPython expects does the portable copy try.
 */
final class WindowsCopy {
    /** A read-only or hidden destination CopyFile2 will not overwrite, which the portable copy may. */
    private static final int ERROR_ACCESS_DENIED = 5;
    /** A symlink the process may not create. */
    private static final int ERROR_PRIVILEGE_NOT_HELD = 1314;

    private final Os os;

    WindowsCopy(Os os) {
        this.os = os;
    }

    /** True when Windows copied the file; false when the portable copy should, as CPython's fallback. */
    boolean tryCopyFile2(String src, String dst, boolean followSymlinks) throws OsException {
        int flags = Os.COPY_FILE_ALLOW_DECRYPTED_DESTINATION | (followSymlinks ? 0 : Os.COPY_FILE_COPY_SYMLINK);
        try {
            os.copyfile2(src, dst, flags);
            return true;
        } catch (OsException e) {
            int winerror = e.winerror().orElse(-1);
            if (winerror == ERROR_ACCESS_DENIED || winerror == ERROR_PRIVILEGE_NOT_HELD && !followSymlinks) {
                return false;
            }
            throw e;
        }
    }
}
