package org.osprey.shutil;

/**
 * The {@code format} and {@code filter} arguments of {@code shutil.unpack_archive}:
 * {@code UnpackOptions.DEFAULT.withFormat("gztar").withFilter(ExtractFilter.TAR)}.
 *
 * @param format a registered unpack format name, or null to choose by the file name's extension
 * @param filter the extraction filter; {@link ExtractFilter#DATA} by default and for null, Python's {@code None}
 *               (Python 3.12/3.13 default to {@code fully_trusted} with a warning, 3.14 to {@code data})
 * @param progress hears how the extraction advances (no Python equivalent); null: nothing hears
 */
public record UnpackOptions(String format, ExtractFilter filter, Progress progress) {
    /** No format (guessed from the extension), the safe {@code 'data'} filter. */
    public static final UnpackOptions DEFAULT = new UnpackOptions(null, ExtractFilter.DATA, Progress.NONE);

    /**
     * The arguments; {@code filter} and {@code progress} are required.
     *
     * @param format a registered unpack format name, or null to choose by the file name's extension
     * @param filter the extraction filter; {@link ExtractFilter#DATA} by default (Python 3.12/3.13 default to
     *         {@code fully_trusted} with a warning, 3.14 to {@code data})
     * @param progress hears how the extraction advances (no Python equivalent)
     */
    public UnpackOptions {
        filter = filter == null ? ExtractFilter.DATA : filter; // filter=None: the default
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * {@return these options with {@code format} set}
     *
     * @param name a registered unpack format name, or null to choose by the file name's extension
     */
    public UnpackOptions withFormat(String name) {
        return new UnpackOptions(name, filter, progress);
    }

    /**
     * {@return these options with {@code filter} set}
     *
     * @param f the extraction filter; {@link ExtractFilter#DATA} by default (Python 3.12/3.13 default to
     *         {@code fully_trusted} with a warning, 3.14 to {@code data})
     */
    public UnpackOptions withFilter(ExtractFilter f) {
        return new UnpackOptions(format, f, progress);
    }

    /**
     * Hears each member extracted ({@link Progress#entry}) and the bytes of file data written.
     *
     * @param p the listener
     * @return the new options
     */
    public UnpackOptions withProgress(Progress p) {
        return new UnpackOptions(format, filter, p);
    }
}
