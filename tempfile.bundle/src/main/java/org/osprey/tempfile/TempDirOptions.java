package org.osprey.tempfile;

/**
 * The keyword arguments of {@code tempfile.TemporaryDirectory}:
 * {@code TempDirOptions.DEFAULT.withIgnoreCleanupErrors(true)} is {@code ignore_cleanup_errors=True}.
 *
 * @param suffix              the end of the name, or null (none)
 * @param prefix              the start of the name, or null ({@code "tmp"})
 * @param dir                 the directory to create in, or null ({@link Tempfile#gettempdir()})
 * @param ignoreCleanupErrors whether errors while removing the tree are ignored ({@code ignore_cleanup_errors})
 * @param delete              whether leaving the {@code with} block ({@code close()}) removes the tree
 *                            ({@code delete}, 3.12); an explicit {@code cleanup()} always does
 */
public record TempDirOptions(String suffix, String prefix, String dir, boolean ignoreCleanupErrors,
        boolean delete) {
    /** Python's defaults. */
    public static final TempDirOptions DEFAULT = new TempDirOptions(null, null, null, false, true);

    /**
     * {@return these options with {@code suffix} set}
     *
     * @param s the end of the name, or null (none)
     */
    public TempDirOptions withSuffix(String s) {
        return new TempDirOptions(s, prefix, dir, ignoreCleanupErrors, delete);
    }

    /**
     * {@return these options with {@code prefix} set}
     *
     * @param p the start of the name, or null ({@code "tmp"})
     */
    public TempDirOptions withPrefix(String p) {
        return new TempDirOptions(suffix, p, dir, ignoreCleanupErrors, delete);
    }

    /**
     * {@return these options with {@code dir} set}
     *
     * @param d the directory to create in, or null ({@link Tempfile#gettempdir()})
     */
    public TempDirOptions withDir(String d) {
        return new TempDirOptions(suffix, prefix, d, ignoreCleanupErrors, delete);
    }

    /**
     * {@return these options with {@code ignore_cleanup_errors} set}
     *
     * @param on whether errors while removing the tree are ignored ({@code ignore_cleanup_errors})
     */
    public TempDirOptions withIgnoreCleanupErrors(boolean on) {
        return new TempDirOptions(suffix, prefix, dir, on, delete);
    }

    /**
     * {@return these options with {@code delete} set}
     *
     * @param on whether leaving the {@code with} block ({@code close()}) removes the tree ({@code delete}, 3.12); an
     *         explicit {@code cleanup()} always does
     */
    public TempDirOptions withDelete(boolean on) {
        return new TempDirOptions(suffix, prefix, dir, ignoreCleanupErrors, on);
    }
}
