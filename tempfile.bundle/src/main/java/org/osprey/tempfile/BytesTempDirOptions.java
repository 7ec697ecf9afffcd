package org.osprey.tempfile;

/**
 * {@link TempDirOptions} with {@code bytes} names: the directory's name is also {@code bytes}
 * ({@link TemporaryDirectory#nameb()}, and its {@code repr()} {@code <TemporaryDirectory b'/tmp/...'>}); see
 * {@link BytesNames}.
 *
 * @param names               the suffix, prefix and directory
 * @param ignoreCleanupErrors {@code ignore_cleanup_errors}, as in {@link TempDirOptions}
 * @param delete              {@code delete}, as in {@link TempDirOptions}
 */
public record BytesTempDirOptions(BytesNames names, boolean ignoreCleanupErrors, boolean delete) {
    /** Python's defaults, with {@code bytes} names. */
    public static final BytesTempDirOptions DEFAULT = new BytesTempDirOptions(BytesNames.DEFAULT, false, true);

    /**
     * {@return these options with {@code suffix} set}
     *
     * @param s the end of the name, or null (none)
     */
    public BytesTempDirOptions withSuffix(byte[] s) {
        return new BytesTempDirOptions(names.withSuffix(s), ignoreCleanupErrors, delete);
    }

    /**
     * {@return these options with {@code prefix} set}
     *
     * @param p the start of the name, or null ({@code b'tmp'})
     */
    public BytesTempDirOptions withPrefix(byte[] p) {
        return new BytesTempDirOptions(names.withPrefix(p), ignoreCleanupErrors, delete);
    }

    /**
     * {@return these options with {@code dir} set}
     *
     * @param d the directory to create in, or null ({@link Tempfile#gettempdirb()})
     */
    public BytesTempDirOptions withDir(byte[] d) {
        return new BytesTempDirOptions(names.withDir(d), ignoreCleanupErrors, delete);
    }

    /**
     * {@return these options with {@code ignore_cleanup_errors} set}
     *
     * @param on {@code ignore_cleanup_errors}, as in {@link TempDirOptions}
     */
    public BytesTempDirOptions withIgnoreCleanupErrors(boolean on) {
        return new BytesTempDirOptions(names, on, delete);
    }

    /**
     * {@return these options with {@code delete} set}
     *
     * @param on {@code delete}, as in {@link TempDirOptions}
     */
    public BytesTempDirOptions withDelete(boolean on) {
        return new BytesTempDirOptions(names, ignoreCleanupErrors, on);
    }
}
