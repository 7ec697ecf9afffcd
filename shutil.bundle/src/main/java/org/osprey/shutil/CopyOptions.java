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

    public CopyOptions {
        progress = progress == null ? Progress.NONE : progress;
    }

    public CopyOptions withFollowSymlinks(boolean on) {
        return new CopyOptions(on, progress);
    }

    public CopyOptions withProgress(Progress p) {
        return new CopyOptions(followSymlinks, p);
    }
}
