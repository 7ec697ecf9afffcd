package org.osprey.os;

import org.osprey.os.spi.OsProvider;

/**
 * Python's {@code dir_fd} and {@code follow_symlinks} keyword arguments, for the functions that take them:
 * {@code os.stat(path, At.dirFd(fd).noFollowSymlinks())} is Python's
 * {@code os.stat(path, dir_fd=fd, follow_symlinks=False)}.
 *
 * @param dirFd          a directory file descriptor that a relative path is resolved against, or
 *                       {@link OsProvider#NO_DIR_FD} for Python's {@code None}
 * @param followSymlinks whether a symlink in the last component is followed
 */
public record At(int dirFd, boolean followSymlinks) {
    /** No {@code dir_fd}, following symlinks: Python's defaults. */
    public static final At DEFAULT = new At(OsProvider.NO_DIR_FD, true);
    /** {@code follow_symlinks=False}. */
    public static final At NOFOLLOW = new At(OsProvider.NO_DIR_FD, false);

    public static At dirFd(int fd) {
        return new At(fd, true);
    }

    public At noFollowSymlinks() {
        return new At(dirFd, false);
    }

    public boolean hasDirFd() {
        return dirFd != OsProvider.NO_DIR_FD;
    }
}
