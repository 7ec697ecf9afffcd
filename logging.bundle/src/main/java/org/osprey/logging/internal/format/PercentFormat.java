package org.osprey.logging.internal.format;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code %} operator on strings. This stand-in knows {@code %s %r %d %%} with an optional key, {@code -}
 * and a width.
 */
public final class PercentFormat {
    private static final Pattern SPEC = Pattern.compile("%(?:\\((\\w+)\\))?(-?)(\\d*)([srd%])");

    private PercentFormat() {
    }

    /** {@code fmt % tuple}. */
    public static String format(String fmt, Object[] tuple) {
        int[] next = {0};
        String out = apply(fmt, key -> {
            if (next[0] >= tuple.length) {
                throw new IllegalArgumentException("not enough arguments for format string");
            }
            return tuple[next[0]++];
        });
        if (next[0] < tuple.length) {
            throw new IllegalArgumentException("not all arguments converted during string formatting");
        }
        return out;
    }

    /** {@code fmt % mapping}. */
    public static String format(String fmt, Map<String, ?> mapping) {
        return apply(fmt, key -> {
            if (key == null || !mapping.containsKey(key)) {
                throw new NoSuchElementException(PyStr.repr(key));
            }
            return mapping.get(key);
        });
    }

    private interface Values {
        Object next(String key);
    }

    private static String apply(String fmt, Values values) {
        Matcher m = SPEC.matcher(fmt);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(fmt, last, m.start());
            last = m.end();
            char type = m.group(4).charAt(0);
            if (type == '%') {
                out.append('%');
                continue;
            }
            Object value = values.next(m.group(1));
            String text = switch (type) {
                case 'r' -> PyStr.repr(value);
                case 'd' -> {
                    if (!(value instanceof Number n)) {
                        throw new IllegalArgumentException("%d format: a real number is required, not "
                                + (value == null ? "NoneType" : value.getClass().getSimpleName()));
                    }
                    yield Long.toString(n.longValue());
                }
                default -> PyStr.str(value);
            };
            int width = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
            String pad = " ".repeat(Math.max(0, width - text.length()));
            out.append(m.group(2).isEmpty() ? pad + text : text + pad);
        }
        if (fmt.indexOf('%', last) >= 0) {
            throw new UnsupportedOperationException("written by i16-format");
        }
        return out.append(fmt, last, fmt.length()).toString();
    }
}
