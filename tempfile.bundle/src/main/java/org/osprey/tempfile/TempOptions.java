package org.osprey.tempfile;

/**
 * The keyword arguments naming a temporary file or directory ({@code mkstemp}, {@code mkdtemp},
 * {@code mktemp}, {@code TemporaryFile}, {@code SpooledTemporaryFile}):
 * {@code TempOptions.DEFAULT.withSuffix(".txt").withDir(d)} is {@code suffix=".txt", dir=d}.
 *
 * @param suffix the end of the name, or null for Python's {@code None} (no suffix)
 * @param prefix the start of the name, or null for {@code None} ({@link Tempfile#template()}, {@code "tmp"})
 * @param dir    the directory to create in, or null for {@code None} ({@link Tempfile#gettempdir()})
 * @param text   {@code mkstemp}'s {@code text}: opens in text mode where the OS tells the modes apart (Windows);
 *               no difference on POSIX, and ignored by the other functions
 */
public record TempOptions(String suffix, String prefix, String dir, boolean text) {
    /** Python's defaults. */
    public static final TempOptions DEFAULT = new TempOptions(null, null, null, false);

    /**
     * {@return these options with {@code suffix} set}
     *
     * @param s the end of the name, or null for Python's {@code None} (no suffix)
     */
    public TempOptions withSuffix(String s) {
        return new TempOptions(s, prefix, dir, text);
    }

    /**
     * {@return these options with {@code prefix} set}
     *
     * @param p the start of the name, or null for {@code None} ({@link Tempfile#template()}, {@code "tmp"})
     */
    public TempOptions withPrefix(String p) {
        return new TempOptions(suffix, p, dir, text);
    }

    /**
     * {@return these options with {@code dir} set}
     *
     * @param d the directory to create in, or null for {@code None} ({@link Tempfile#gettempdir()})
     */
    public TempOptions withDir(String d) {
        return new TempOptions(suffix, prefix, d, text);
    }

    /**
     * {@return these options with {@code text} set}
     *
     * @param on {@code mkstemp}'s {@code text}: opens in text mode where the OS tells the modes apart (Windows); no
     *         difference on POSIX, and ignored by the other functions
     */
    public TempOptions withText(boolean on) {
        return new TempOptions(suffix, prefix, dir, on);
    }
}
