package org.osprey.os.spi;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * FIFOs, device nodes and device numbers, and {@code chroot}.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface SpecialFiles {
    /**
     * {@code mkfifo(3)} or {@code mkfifoat(3)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param mode the permission bits
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mkfifo(String path, int mode, int dirFd) throws OsException;

    /**
     * {@code mknod(2)} or {@code mknodat(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @param mode the permission bits or-ed with the file type
     * @param device a native device number
     * @param dirFd a directory descriptor that a relative path is resolved against, or
     *         {@link org.osprey.os.At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mknod(String path, int mode, long device, int dirFd) throws OsException;

    /**
     * {@code chroot(2)}.
     *
     * @param path the path, relative to the working directory unless absolute (checked for NUL by the caller)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chroot(String path) throws OsException;

    /**
     * The major number of a native device number; the encoding is the platform's.
     *
     * @param device a native device number
     * @return the major number
     */
    long major(long device);

    /**
     * {@return the minor number of a native device number}
     *
     * @param device a native device number
     */
    long minor(long device);

    /**
     * {@return the native device number}
     *
     * @param major a major number
     * @param minor a minor number
     */
    long makedev(int major, int minor);
}
