package org.osprey.os;

/**
 * Python's {@code dir_fd} and {@code follow_symlinks} keyword arguments, for the functions that take them:
 * {@code os.stat(path, At.dirFd(fd).noFollowSymlinks())} is Python's
 * {@code os.stat(path, dir_fd=fd, follow_symlinks=False)}.
 *
 * @param dirFd          a directory file descriptor that a relative path is resolved against, or
 *                       {@link #NO_DIR_FD} for Python's {@code None}
 * @param followSymlinks whether a symlink in the last component is followed
 */
public record At(int dirFd, boolean followSymlinks) {
    /**
     * Python's {@code dir_fd=None}, wherever a descriptor argument may be left out: here, in {@link FwalkOptions}
     * and in the two-descriptor calls such as {@link Os#rename(String, String, int, int)}.
     */
    public static final int NO_DIR_FD = Integer.MIN_VALUE;

    /** No {@code dir_fd}, following symlinks: Python's defaults. */
    public static final At DEFAULT = new At(NO_DIR_FD, true);
    /** {@code follow_symlinks=False}. */
    public static final At NOFOLLOW = new At(NO_DIR_FD, false);

    /**
     * {@return Python's {@code dir_fd=fd}, following symlinks}
     *
     * @param fd the directory descriptor that a relative path is resolved against
     */
    public static At dirFd(int fd) {
        return new At(fd, true);
    }

    /** {@return these arguments with {@code follow_symlinks=False}} */
    public At noFollowSymlinks() {
        return new At(dirFd, false);
    }

    /** {@return whether a {@code dir_fd} is given (not {@link #NO_DIR_FD})} */
    public boolean hasDirFd() {
        return dirFd != NO_DIR_FD;
    }
}
