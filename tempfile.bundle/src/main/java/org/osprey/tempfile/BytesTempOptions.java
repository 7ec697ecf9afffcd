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

    public BytesTempOptions withSuffix(byte[] s) {
        return new BytesTempOptions(names.withSuffix(s), text);
    }

    public BytesTempOptions withPrefix(byte[] p) {
        return new BytesTempOptions(names.withPrefix(p), text);
    }

    public BytesTempOptions withDir(byte[] d) {
        return new BytesTempOptions(names.withDir(d), text);
    }

    public BytesTempOptions withText(boolean on) {
        return new BytesTempOptions(names, on);
    }
}
