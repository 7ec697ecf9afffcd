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

    public UnpackOptions {
        filter = filter == null ? ExtractFilter.DATA : filter; // filter=None: the default
        progress = progress == null ? Progress.NONE : progress;
    }

    public UnpackOptions withFormat(String name) {
        return new UnpackOptions(name, filter, progress);
    }

    public UnpackOptions withFilter(ExtractFilter f) {
        return new UnpackOptions(format, f, progress);
    }

    /** Hears each member extracted ({@link Progress#entry}) and the bytes of file data written. */
    public UnpackOptions withProgress(Progress p) {
        return new UnpackOptions(format, filter, p);
    }
}
