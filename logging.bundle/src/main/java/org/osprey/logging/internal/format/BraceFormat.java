package org.osprey.logging.internal.format;

import java.util.Map;

/** Python's {@code str.format}. */
public final class BraceFormat {
    private BraceFormat() {
    }

    /** {@code fmt.format(*args, **kwargs)}. */
    public static String format(String fmt, Object[] args, Map<String, ?> kwargs) {
        throw new UnsupportedOperationException("written by i16-format");
    }
}
