package org.osprey.tempfile;

/**
 * {@link TempOptions} with {@code bytes} names ({@code mkstemp(suffix=b'.x', dir=b'/tmp')}): the functions given
 * these return {@code bytes} names, as Python's do; see {@link BytesNames}.
 *
 * @param names  the suffix, prefix and directory
 * @param text   {@code mkstemp}'s {@code text}, as in {@link TempOptions}
 */
public record BytesTempOptions(BytesNames names, boolean text) {
    /** Python's defaults, with {@code bytes} names. */
    public static final BytesTempOptions DEFAULT = new BytesTempOptions(BytesNames.DEFAULT, false);

    /**
     * {@return these options with {@code suffix} set}
     *
     * @param s the end of the name, or null (none)
     */
    public BytesTempOptions withSuffix(byte[] s) {
        return new BytesTempOptions(names.withSuffix(s), text);
    }

    /**
     * {@return these options with {@code prefix} set}
     *
     * @param p the start of the name, or null ({@code b'tmp'})
     */
    public BytesTempOptions withPrefix(byte[] p) {
        return new BytesTempOptions(names.withPrefix(p), text);
    }

    /**
     * {@return these options with {@code dir} set}
     *
     * @param d the directory to create in, or null ({@link Tempfile#gettempdirb()})
     */
    public BytesTempOptions withDir(byte[] d) {
        return new BytesTempOptions(names.withDir(d), text);
    }

    /**
     * {@return these options with {@code text} set}
     *
     * @param on {@code mkstemp}'s {@code text}, as in {@link TempOptions}
     */
    public BytesTempOptions withText(boolean on) {
        return new BytesTempOptions(names, on);
    }
}
