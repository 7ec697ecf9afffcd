package org.osprey.tempfile;

/**
 * {@link NamedTempOptions} with {@code bytes} names: the file's name is also {@code bytes}
 * ({@link NamedTemporaryFile#nameb()}); see {@link BytesNames}.
 *
 * @param names         the suffix, prefix and directory
 * @param delete        {@code delete}, as in {@link NamedTempOptions}
 * @param deleteOnClose {@code delete_on_close}, as in {@link NamedTempOptions}
 */
public record BytesNamedTempOptions(BytesNames names, boolean delete, boolean deleteOnClose) {
    /** Python's defaults, with {@code bytes} names. */
    public static final BytesNamedTempOptions DEFAULT = new BytesNamedTempOptions(BytesNames.DEFAULT, true, true);

    /**
     * {@return these options with {@code suffix} set}
     *
     * @param s the end of the name, or null (none)
     */
    public BytesNamedTempOptions withSuffix(byte[] s) {
        return new BytesNamedTempOptions(names.withSuffix(s), delete, deleteOnClose);
    }

    /**
     * {@return these options with {@code prefix} set}
     *
     * @param p the start of the name, or null ({@code b'tmp'})
     */
    public BytesNamedTempOptions withPrefix(byte[] p) {
        return new BytesNamedTempOptions(names.withPrefix(p), delete, deleteOnClose);
    }

    /**
     * {@return these options with {@code dir} set}
     *
     * @param d the directory to create in, or null ({@link Tempfile#gettempdirb()})
     */
    public BytesNamedTempOptions withDir(byte[] d) {
        return new BytesNamedTempOptions(names.withDir(d), delete, deleteOnClose);
    }

    /**
     * {@return these options with {@code delete} set}
     *
     * @param on {@code delete}, as in {@link NamedTempOptions}
     */
    public BytesNamedTempOptions withDelete(boolean on) {
        return new BytesNamedTempOptions(names, on, deleteOnClose);
    }

    /**
     * {@return these options with {@code delete_on_close} set}
     *
     * @param on {@code delete_on_close}, as in {@link NamedTempOptions}
     */
    public BytesNamedTempOptions withDeleteOnClose(boolean on) {
        return new BytesNamedTempOptions(names, delete, on);
    }
}
