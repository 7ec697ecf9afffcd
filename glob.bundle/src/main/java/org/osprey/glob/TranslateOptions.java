package org.osprey.glob;

/**
 * The keyword arguments of {@code glob.translate} (3.13):
 * {@code TranslateOptions.DEFAULT.withRecursive(true).withSeps("/")} is {@code recursive=True, seps='/'}.
 *
 * @param recursive     whether a {@code **} segment matches any number of segments
 * @param includeHidden whether wildcards also match segments that start with {@code .}
 * @param seps          the separator characters, or null for {@code os.path.sep} and {@code os.path.altsep}
 */
public record TranslateOptions(boolean recursive, boolean includeHidden, String seps) {
    /** Python's defaults. */
    public static final TranslateOptions DEFAULT = new TranslateOptions(false, false, null);

    /**
     * {@return these options with {@code recursive} set}
     *
     * @param on whether a {@code **} segment matches any number of segments
     */
    public TranslateOptions withRecursive(boolean on) {
        return new TranslateOptions(on, includeHidden, seps);
    }

    /**
     * {@return these options with {@code include_hidden} set}
     *
     * @param on whether wildcards also match segments that start with {@code .}
     */
    public TranslateOptions withIncludeHidden(boolean on) {
        return new TranslateOptions(recursive, on, seps);
    }

    /**
     * {@return these options with {@code seps} set}
     *
     * @param separators the separator characters, or null for {@code os.path.sep} and {@code os.path.altsep}
     */
    public TranslateOptions withSeps(String separators) {
        return new TranslateOptions(recursive, includeHidden, separators);
    }
}
