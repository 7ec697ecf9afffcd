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

    public BytesTempDirOptions withSuffix(byte[] s) {
        return new BytesTempDirOptions(names.withSuffix(s), ignoreCleanupErrors, delete);
    }

    public BytesTempDirOptions withPrefix(byte[] p) {
        return new BytesTempDirOptions(names.withPrefix(p), ignoreCleanupErrors, delete);
    }

    public BytesTempDirOptions withDir(byte[] d) {
        return new BytesTempDirOptions(names.withDir(d), ignoreCleanupErrors, delete);
    }

    public BytesTempDirOptions withIgnoreCleanupErrors(boolean on) {
        return new BytesTempDirOptions(names, on, delete);
    }

    public BytesTempDirOptions withDelete(boolean on) {
        return new BytesTempDirOptions(names, ignoreCleanupErrors, on);
    }
}
