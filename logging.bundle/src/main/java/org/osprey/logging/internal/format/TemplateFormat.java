package org.osprey.logging.internal.format;

import java.util.Map;

/** Python's {@code string.Template}. */
public final class TemplateFormat {
    private TemplateFormat() {
    }

    /** {@code Template(t).substitute(m)}. */
    public static String substitute(String t, Map<String, ?> m) {
        throw new UnsupportedOperationException("written by i16-format");
    }

    /** {@code Template(t).safe_substitute(m)}. */
    public static String safeSubstitute(String t, Map<String, ?> m) {
        throw new UnsupportedOperationException("written by i16-format");
    }
}
