package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.DiskSpace;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;

/**
 * Files and directories by path: what every provider has.
 *
 * <p>A facet every provider has.
 */
@ProviderType
public interface Files {
    /**
     * {@return the status of {@code path}} {@code stat(2)}, {@code lstat(2)} or {@code fstatat(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult stat(String path, int dirFd, boolean followSymlinks) throws OsException;

    /**
     * {@link #stat}, or {@code null} where it would fail: what {@code os.path.exists} and its siblings ask, many
     * times over in tree operations. A provider should answer without building the exception it would throw.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @param followSymlinks whether a symlink in the last component is followed
     * @return the status, or {@code null}
     */
    default StatResult statOrNull(String path, int dirFd, boolean followSymlinks) {
        try {
            return stat(path, dirFd, followSymlinks);
        } catch (OsException e) {
            return null;
        }
    }

    /**
     * {@code access(2)}, or {@code faccessat(2)}; {@code false} for a denied or missing file, never an error.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param mode {@code F_OK}, or the or of {@code R_OK}, {@code W_OK} and {@code X_OK}
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @param effectiveIds whether the effective ids are checked
     * @param followSymlinks whether a symlink in the last component is followed
     * @return whether access is allowed
     */
    boolean access(String path, int mode, int dirFd, boolean effectiveIds, boolean followSymlinks);

    /**
     * {@return the working directory} {@code getcwd(3)}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String getcwd() throws OsException;

    /**
     * {@code chdir(2)}: changes the process's working directory.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chdir(String path) throws OsException;

    /**
     * {@code GetFullPathNameW}: CPython's {@code nt._getfullpathname} (Windows).
     *
     * @param path the path (checked for NUL by the caller)
     * @return the absolute path Windows makes of it, nothing resolved
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    default String getfullpathname(String path) throws OsException {
        throw Unsupported.of("_getfullpathname", "Windows only");
    }

    /**
     * {@code GetVolumePathNameW}: CPython's {@code nt._getvolumepathname} (Windows).
     *
     * @param path the path (checked for NUL by the caller)
     * @return the mount point of the volume {@code path} is on, with its trailing separator
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    default String getvolumepathname(String path) throws OsException {
        throw Unsupported.of("_getvolumepathname", "Windows only");
    }

    /**
     * {@code GetFinalPathNameByHandleW} with {@code FILE_NAME_NORMALIZED} on the file opened by {@code path}:
     * CPython's {@code nt._getfinalpathname} (Windows), links followed, with its {@code \\?\} prefix.
     *
     * @param path the path (checked for NUL by the caller)
     * @return the file's final path
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    default String getfinalpathname(String path) throws OsException {
        throw Unsupported.of("_getfinalpathname", "Windows only");
    }

    /**
     * {@code GetDiskFreeSpaceExW} of {@code path}, or of its directory where it names a file: CPython's
     * {@code nt._getdiskusage} (Windows).
     *
     * @param path the path (checked for NUL by the caller)
     * @return the volume's size and free bytes
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    default DiskSpace getdiskusage(String path) throws OsException {
        throw Unsupported.of("_getdiskusage", "Windows only");
    }

    /**
     * Copies a file, its data, attributes and alternate streams, in the system: CPython's
     * {@code _winapi.CopyFile2} (Windows).
     *
     * @param src the file copied (checked for NUL by the caller)
     * @param dst the copy, replaced if it exists (checked for NUL by the caller)
     * @param flags {@code COPY_FILE_*} bits
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    default void copyfile2(String src, String dst, int flags) throws OsException {
        throw Unsupported.of("_winapi.CopyFile2", "Windows only");
    }

    /**
     * Opens a directory for reading; {@code "."} and {@code ".."} are skipped.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @return the entries, to close after use
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    DirStream opendir(String path) throws OsException;

    /**
     * {@code mkdir(2)} or {@code mkdirat(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param mode the permission bits
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mkdir(String path, int mode, int dirFd) throws OsException;

    /**
     * {@code rmdir(2)}, or {@code unlinkat(2)} with {@code AT_REMOVEDIR}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void rmdir(String path, int dirFd) throws OsException;

    /**
     * {@code unlink(2)} or {@code unlinkat(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void unlink(String path, int dirFd) throws OsException;

    /**
     * {@code rename(2)}: replaces an existing {@code dst} on POSIX.
     *
     * @param src the source path
     * @param dst the destination path
     * @param srcDirFd the directory a relative {@code src} is resolved against, or {@link org.osprey.os.At#NO_DIR_FD}
     * @param dstDirFd the directory a relative {@code dst} is resolved against, or {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException;

    /**
     * Like rename, but replaces {@code dst} on every platform (Python's {@code os.replace}).
     *
     * @param src the source path
     * @param dst the destination path
     * @param srcDirFd the directory a relative {@code src} is resolved against, or {@link org.osprey.os.At#NO_DIR_FD}
     * @param dstDirFd the directory a relative {@code dst} is resolved against, or {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    default void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        rename(src, dst, srcDirFd, dstDirFd);
    }

    /**
     * {@code symlink(2)} or {@code symlinkat(2)}.
     *
     * @param target what the link points at
     * @param linkPath the link to create
     * @param targetIsDirectory Windows' directory link flag
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void symlink(String target, String linkPath, boolean targetIsDirectory, int dirFd) throws OsException;

    /**
     * {@return the link's target} {@code readlink(2)} or {@code readlinkat(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String readlink(String path, int dirFd) throws OsException;

    /**
     * {@code link(2)} or {@code linkat(2)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @param srcDirFd the directory a relative {@code src} is resolved against, or {@link org.osprey.os.At#NO_DIR_FD}
     * @param dstDirFd the directory a relative {@code dst} is resolved against, or {@link org.osprey.os.At#NO_DIR_FD}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException;

    /**
     * {@code chmod(2)} or {@code fchmodat(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param mode the permission bits
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chmod(String path, int mode, int dirFd, boolean followSymlinks) throws OsException;

    /**
     * Sets access and modification times in ns; both {@code null} means now. Python's {@code os.utime}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param timesNs the access and modification times in nanoseconds, or {@code null} for now
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException;

    /**
     * {@code truncate(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param length the new size
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void truncate(String path, long length) throws OsException;
}
