package org.osprey.tempfile.internal;

/**
 * Python's {@code _sanitize_params}: a suffix, prefix and directory with the defaults filled in.
 *
 * @param dir null until {@link #orTempdir} fills it in
 */
record Params(String suffix, String prefix, String dir) {
    static final String TEMPLATE = "tmp";

    /** The given values, NUL-checked before anything touches the disk, with {@code None} defaults applied. */
    static Params of(String suffix, String prefix, String dir) {
        rejectNul("suffix", suffix);
        rejectNul("prefix", prefix);
        rejectNul("dir", dir);
        return new Params(suffix == null ? "" : suffix, prefix == null ? TEMPLATE : prefix, dir);
    }

    private static void rejectNul(String what, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character in " + what);
        }
    }

    String join(String name) {
        return prefix + name + suffix;
    }
}
