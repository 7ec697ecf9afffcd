package org.osprey.shutil;

/**
 * The keyword arguments of {@code shutil.copyfile}, {@code copy} and {@code copy2}.
 *
 * @param followSymlinks Python's {@code follow_symlinks}: false copies a symlink as a symlink
 * @param progress       hears each chunk written; null: nothing hears
 */
public record CopyOptions(boolean followSymlinks, Progress progress) {
    /** Python's defaults. */
    public static final CopyOptions DEFAULT = new CopyOptions(true, Progress.NONE);

    /**
     * The arguments; a null {@code progress} is {@link Progress#NONE}.
     *
     * @param followSymlinks Python's {@code follow_symlinks}: false copies a symlink as a symlink
     * @param progress hears each chunk written
     */
    public CopyOptions {
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * {@return these options with {@code follow_symlinks} set}
     *
     * @param on Python's {@code follow_symlinks}: false copies a symlink as a symlink
     */
    public CopyOptions withFollowSymlinks(boolean on) {
        return new CopyOptions(on, progress);
    }

    /**
     * {@return these options with a progress listener} An Osprey extension (Python has none).
     *
     * @param p hears what is done, as it is done
     */
    public CopyOptions withProgress(Progress p) {
        return new CopyOptions(followSymlinks, p);
    }
}
