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

    public BytesNamedTempOptions withSuffix(byte[] s) {
        return new BytesNamedTempOptions(names.withSuffix(s), delete, deleteOnClose);
    }

    public BytesNamedTempOptions withPrefix(byte[] p) {
        return new BytesNamedTempOptions(names.withPrefix(p), delete, deleteOnClose);
    }

    public BytesNamedTempOptions withDir(byte[] d) {
        return new BytesNamedTempOptions(names.withDir(d), delete, deleteOnClose);
    }

    public BytesNamedTempOptions withDelete(boolean on) {
        return new BytesNamedTempOptions(names, on, deleteOnClose);
    }

    public BytesNamedTempOptions withDeleteOnClose(boolean on) {
        return new BytesNamedTempOptions(names, delete, on);
    }
}
