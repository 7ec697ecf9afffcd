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

    /**
     * The arguments; a null {@code progress} is {@link Progress#NONE}.
     *
     * @param copyFunction copies each file when a rename cannot (across file systems), or null for {@code copy2}
     * @param progress hears each chunk and entry copied or removed when a rename cannot do the move
     */
    public MoveOptions {
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * {@return these options with {@code copy_function} set}
     *
     * @param f copies each file when a rename cannot (across file systems), or null for {@code copy2}
     */
    public MoveOptions withCopyFunction(CopyFunction f) {
        return new MoveOptions(f, progress);
    }

    /**
     * {@return these options with a progress listener} An Osprey extension (Python has none).
     *
     * @param p hears what is done, as it is done
     */
    public MoveOptions withProgress(Progress p) {
        return new MoveOptions(copyFunction, p);
    }
}
