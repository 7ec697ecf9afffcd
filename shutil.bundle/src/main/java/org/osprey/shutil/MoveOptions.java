package org.osprey.shutil;

/**
 * The keyword arguments of {@code shutil.move}.
 *
 * @param copyFunction copies each file when a rename cannot (across file systems), or null for {@code copy2}
 * @param progress     hears each chunk and entry copied or removed when a rename cannot do the move; null:
 *                     nothing hears
 */
public record MoveOptions(CopyFunction copyFunction, Progress progress) {
    /** Python's defaults. */
    public static final MoveOptions DEFAULT = new MoveOptions(null, Progress.NONE);

    public MoveOptions {
        progress = progress == null ? Progress.NONE : progress;
    }

    public MoveOptions withCopyFunction(CopyFunction f) {
        return new MoveOptions(f, progress);
    }

    public MoveOptions withProgress(Progress p) {
        return new MoveOptions(copyFunction, p);
    }
}
