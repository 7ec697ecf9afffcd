package org.osprey.shutil.internal;

/** Python's {@code repr} of a {@code str}, for messages that quote paths as Python's do. */
public final class PyStr {
    private PyStr() {
    }

    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp >= 0xdc80 && cp <= 0xdcff) {
                b.append(String.format("\\udc%02x", cp & 0xff));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append(quote).toString();
    }
}
