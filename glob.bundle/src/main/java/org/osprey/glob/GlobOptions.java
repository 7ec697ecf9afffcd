package org.osprey.glob;

import org.osprey.os.At;
import org.osprey.os.FsCodec;

/**
 * The keyword arguments of {@code glob.glob}/{@code glob.iglob}:
 * {@code GlobOptions.DEFAULT.withRecursive(true).withRootDir(dir)} is {@code recursive=True, root_dir=dir}.
 *
 * @param rootDir       the directory relative patterns are matched in (results stay relative to it), or null; given
 *                      as text or as bytes ({@link #withRootDir(byte[])}), it serves str and bytes patterns alike
 *                      (where Python raises TypeError for a mix)
 * @param dirFd         a directory descriptor playing the same part, or {@link At#NO_DIR_FD}
 * @param recursive     whether {@code **} matches any number of directories
 * @param includeHidden whether wildcards also match names that start with {@code .}
 */
public record GlobOptions(String rootDir, int dirFd, boolean recursive, boolean includeHidden) {
    /** Python's defaults. */
    public static final GlobOptions DEFAULT = new GlobOptions(null, At.NO_DIR_FD, false, false);

    /**
     * {@return these options with {@code root_dir} set}
     *
     * @param dir the directory relative patterns are matched in (results stay relative to it), or null; given as text
     *         or as bytes ({@link #withRootDir(byte[])}), it serves str and bytes patterns alike (where Python raises
     *         TypeError for a mix)
     */
    public GlobOptions withRootDir(String dir) {
        return new GlobOptions(dir, dirFd, recursive, includeHidden);
    }

    /**
     * {@code root_dir} as {@code bytes}, kept as the file name it is (its {@link FsCodec} text, which encodes back
     * to the same bytes).
     *
     * @param dir the directory as bytes, or null
     * @return the new options
     */
    public GlobOptions withRootDir(byte[] dir) {
        return withRootDir(dir == null ? null : FsCodec.decode(dir));
    }

    /**
     * {@return these options with {@code dir_fd} set}
     *
     * @param fd a directory descriptor playing the same part, or {@link At#NO_DIR_FD}
     */
    public GlobOptions withDirFd(int fd) {
        return new GlobOptions(rootDir, fd, recursive, includeHidden);
    }

    /**
     * {@return these options with {@code recursive} set}
     *
     * @param on whether {@code **} matches any number of directories
     */
    public GlobOptions withRecursive(boolean on) {
        return new GlobOptions(rootDir, dirFd, on, includeHidden);
    }

    /**
     * {@return these options with {@code include_hidden} set}
     *
     * @param on whether wildcards also match names that start with {@code .}
     */
    public GlobOptions withIncludeHidden(boolean on) {
        return new GlobOptions(rootDir, dirFd, recursive, on);
    }
}
