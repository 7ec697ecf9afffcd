package org.osprey.tempfile.internal;

import java.util.Arrays;

/** What this module's {@code bytes} arguments need: Python's {@code repr()} and defensive copies. */
public final class PyBytes {
    private PyBytes() {
    }

    /** {@code repr(b)}: {@code b'/tmp/x'}, {@code b"it's"}, {@code b'\xff'}; {@code None} for null. */
    public static String repr(byte[] b) {
        if (b == null) {
            return "None";
        }
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte c : b) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte c : b) {
            int v = c & 0xff;
            if (v == quote || v == '\\') {
                out.append('\\').append((char) v);
            } else if (v == '\t') {
                out.append("\\t");
            } else if (v == '\n') {
                out.append("\\n");
            } else if (v == '\r') {
                out.append("\\r");
            } else if (v < 0x20 || v >= 0x7f) {
                out.append(String.format("\\x%02x", v));
            } else {
                out.append((char) v);
            }
        }
        return out.append(quote).toString();
    }

    /** A copy, or null for null: Python's {@code bytes} cannot change, so neither may what a record holds. */
    public static byte[] copy(byte[] b) {
        return b == null ? null : Arrays.copyOf(b, b.length);
    }
}
