package org.osprey.os;

import java.util.function.Consumer;

/**
 * The keyword arguments of Python's {@code os.fwalk}.
 *
 * @param topdown        yield a directory before its subdirectories (and let the caller prune them)
 * @param onerror        called with the error when a subdirectory cannot be opened or listed; {@code null}
 *                       ignores it
 * @param followSymlinks walk into symlinks to directories (by default a symlink is never followed, not even
 *                       one swapped in while the walk runs)
 * @param dirFd          the directory that a relative {@code top} is resolved against, or
 *                       {@link At#NO_DIR_FD}
 */
public record FwalkOptions(boolean topdown, Consumer<OsException> onerror, boolean followSymlinks, int dirFd) {
    /** Python's defaults: top-down, errors ignored, symlinks not followed, no {@code dir_fd}. */
    public static final FwalkOptions DEFAULT = new FwalkOptions(true, null, false, At.NO_DIR_FD);

    /** {@return these options with {@code topdown=False}} */
    public FwalkOptions bottomUp() {
        return new FwalkOptions(false, onerror, followSymlinks, dirFd);
    }

    /**
     * {@return these options with {@code onerror=handler}}
     *
     * @param handler called with each error that stops a directory from being walked
     */
    public FwalkOptions onError(Consumer<OsException> handler) {
        return new FwalkOptions(topdown, handler, followSymlinks, dirFd);
    }

    /** {@return these options with {@code follow_symlinks=True}} */
    public FwalkOptions followingSymlinks() {
        return new FwalkOptions(topdown, onerror, true, dirFd);
    }

    /**
     * {@return these options with {@code dir_fd=fd}}
     *
     * @param fd the directory that a relative {@code top} is resolved against
     */
    public FwalkOptions dirFd(int fd) {
        return new FwalkOptions(topdown, onerror, followSymlinks, fd);
    }
}
