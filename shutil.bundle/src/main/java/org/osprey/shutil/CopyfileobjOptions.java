package org.osprey.shutil;

/**
 * The optional arguments of {@code shutil.copyfileobj}.
 *
 * @param length   the buffer size; 0 (Python's default) is {@link #COPY_BUFSIZE}
 * @param progress hears each chunk written; null: nothing hears
 */
public record CopyfileobjOptions(int length, Progress progress) {
    /** Python's {@code shutil.COPY_BUFSIZE} off Windows: 64 KiB. */
    public static final int COPY_BUFSIZE = 64 * 1024;
    /** Python's defaults. */
    public static final CopyfileobjOptions DEFAULT = new CopyfileobjOptions(0, Progress.NONE);

    /**
     * The arguments; {@code length} may not be negative, and a null {@code progress} is {@link Progress#NONE}.
     *
     * @param length the buffer size; 0 (Python's default) is {@link #COPY_BUFSIZE}
     * @param progress hears each chunk written
     */
    public CopyfileobjOptions {
        if (length < 0) {
            throw new IllegalArgumentException("copyfileobj: negative length " + length);
        }
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * {@return these options with {@code length} set}
     *
     * @param n the buffer size; 0 (Python's default) is {@link #COPY_BUFSIZE}
     */
    public CopyfileobjOptions withLength(int n) {
        return new CopyfileobjOptions(n, progress);
    }

    /**
     * {@return these options with a progress listener} An Osprey extension (Python has none).
     *
     * @param p hears what is done, as it is done
     */
    public CopyfileobjOptions withProgress(Progress p) {
        return new CopyfileobjOptions(length, p);
    }

    /**
     * The buffer size to use.
     *
     * @return {@code length}, or {@link #COPY_BUFSIZE} for 0
     */
    public int bufferSize() {
        return length == 0 ? COPY_BUFSIZE : length;
    }
}
