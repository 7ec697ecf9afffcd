package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;

/**
 * Files and directories by path: what every provider has.
 *
 * <p>A facet every provider has.
 */
@ProviderType
public interface Files {
    StatResult stat(String path, int dirFd, boolean followSymlinks) throws OsException;

    /**
     * {@link #stat}, or {@code null} where it would fail: what {@code os.path.exists} and its siblings ask, many
     * times over in tree operations. A provider should answer without building the exception it would throw.
     */
    default StatResult statOrNull(String path, int dirFd, boolean followSymlinks) {
        try {
            return stat(path, dirFd, followSymlinks);
        } catch (OsException e) {
            return null;
        }
    }

    /** {@code access(2)}, or {@code faccessat(2)}; {@code false} for a denied or missing file, never an error. */
    boolean access(String path, int mode, int dirFd, boolean effectiveIds, boolean followSymlinks);

    String getcwd() throws OsException;

    void chdir(String path) throws OsException;

    /** Opens a directory for reading; {@code "."} and {@code ".."} are skipped. */
    DirStream opendir(String path) throws OsException;

    void mkdir(String path, int mode, int dirFd) throws OsException;

    void rmdir(String path, int dirFd) throws OsException;

    void unlink(String path, int dirFd) throws OsException;

    /** {@code rename(2)}: replaces an existing {@code dst} on POSIX. */
    void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException;

    /** Like rename, but replaces {@code dst} on every platform (Python's {@code os.replace}). */
    default void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        rename(src, dst, srcDirFd, dstDirFd);
    }

    void symlink(String target, String linkPath, boolean targetIsDirectory, int dirFd) throws OsException;

    String readlink(String path, int dirFd) throws OsException;

    void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException;

    void chmod(String path, int mode, int dirFd, boolean followSymlinks) throws OsException;

    /**
     * Sets access and modification times in ns; both {@code null} means now. Python's {@code os.utime}.
     */
    void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException;

    void truncate(String path, long length) throws OsException;
}
