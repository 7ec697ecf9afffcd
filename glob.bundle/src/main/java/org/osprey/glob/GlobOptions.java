package org.osprey.glob;

import org.osprey.os.spi.OsProvider;

/**
 * The keyword arguments of {@code glob.glob}/{@code glob.iglob}:
 * {@code GlobOptions.DEFAULT.withRecursive(true).withRootDir(dir)} is {@code recursive=True, root_dir=dir}.
 *
 * @param rootDir       the directory relative patterns are matched in (results stay relative to it), or null
 * @param dirFd         a directory descriptor playing the same part, or {@link OsProvider#NO_DIR_FD}
 * @param recursive     whether {@code **} matches any number of directories
 * @param includeHidden whether wildcards also match names that start with {@code .}
 */
public record GlobOptions(String rootDir, int dirFd, boolean recursive, boolean includeHidden) {
    /** Python's defaults. */
    public static final GlobOptions DEFAULT = new GlobOptions(null, OsProvider.NO_DIR_FD, false, false);

    public GlobOptions withRootDir(String dir) {
        return new GlobOptions(dir, dirFd, recursive, includeHidden);
    }

    public GlobOptions withDirFd(int fd) {
        return new GlobOptions(rootDir, fd, recursive, includeHidden);
    }

    public GlobOptions withRecursive(boolean on) {
        return new GlobOptions(rootDir, dirFd, on, includeHidden);
    }

    public GlobOptions withIncludeHidden(boolean on) {
        return new GlobOptions(rootDir, dirFd, recursive, on);
    }
}
