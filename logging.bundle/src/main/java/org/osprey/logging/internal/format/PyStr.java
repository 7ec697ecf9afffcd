package org.osprey.logging.internal.format;

/** Python's {@code str()} and {@code repr()} of Java values. */
public final class PyStr {
    private PyStr() {
    }

    /** Python's {@code str(value)}: null is None, booleans True/False, else {@code toString()}. */
    public static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value.toString();
    }

    /** Python's {@code repr(value)}; strings quoted as Python quotes them. */
    public static String repr(Object value) {
        if (value instanceof CharSequence s) {
            String text = s.toString();
            char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
            StringBuilder out = new StringBuilder().append(quote);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c == quote) {
                            out.append('\\');
                        }
                        out.append(c);
                    }
                }
            }
            return out.append(quote).toString();
        }
        return str(value);
    }
}
