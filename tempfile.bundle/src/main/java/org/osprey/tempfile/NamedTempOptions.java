package org.osprey.tempfile;

/**
 * The keyword arguments of {@code tempfile.NamedTemporaryFile}:
 * {@code NamedTempOptions.DEFAULT.withDeleteOnClose(false)} is {@code delete_on_close=False}.
 *
 * @param suffix        the end of the name, or null (none)
 * @param prefix        the start of the name, or null ({@code "tmp"})
 * @param dir           the directory to create in, or null ({@link Tempfile#gettempdir()})
 * @param delete        whether the file is removed at all ({@code delete}, default true)
 * @param deleteOnClose whether closing the file removes it, rather than only leaving the {@code with} block
 *                      ({@code delete_on_close}, 3.12, default true); has no effect without {@code delete}
 */
public record NamedTempOptions(String suffix, String prefix, String dir, boolean delete, boolean deleteOnClose) {
    /** Python's defaults. */
    public static final NamedTempOptions DEFAULT = new NamedTempOptions(null, null, null, true, true);

    /**
     * {@return these options with {@code suffix} set}
     *
     * @param s the end of the name, or null (none)
     */
    public NamedTempOptions withSuffix(String s) {
        return new NamedTempOptions(s, prefix, dir, delete, deleteOnClose);
    }

    /**
     * {@return these options with {@code prefix} set}
     *
     * @param p the start of the name, or null ({@code "tmp"})
     */
    public NamedTempOptions withPrefix(String p) {
        return new NamedTempOptions(suffix, p, dir, delete, deleteOnClose);
    }

    /**
     * {@return these options with {@code dir} set}
     *
     * @param d the directory to create in, or null ({@link Tempfile#gettempdir()})
     */
    public NamedTempOptions withDir(String d) {
        return new NamedTempOptions(suffix, prefix, d, delete, deleteOnClose);
    }

    /**
     * {@return these options with {@code delete} set}
     *
     * @param on whether the file is removed at all ({@code delete}, default true)
     */
    public NamedTempOptions withDelete(boolean on) {
        return new NamedTempOptions(suffix, prefix, dir, on, deleteOnClose);
    }

    /**
     * {@return these options with {@code delete_on_close} set}
     *
     * @param on whether closing the file removes it, rather than only leaving the {@code with} block
     *         ({@code delete_on_close}, 3.12, default true); has no effect without {@code delete}
     */
    public NamedTempOptions withDeleteOnClose(boolean on) {
        return new NamedTempOptions(suffix, prefix, dir, delete, on);
    }
}
