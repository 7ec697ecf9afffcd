package org.osprey.logging.internal.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osprey.logging.internal.format.PyStr;

/**
 * The Python expressions {@code fileConfig} evaluates ({@code args=}, {@code kwargs=}, {@code defaults=}),
 * limited to what configurations write: tuples and lists (as {@link List}), dicts (as {@link Map}), strings,
 * integers, floats, {@code True}, {@code False}, {@code None}, {@code sys.stdout}, {@code sys.stderr} and the
 * names of the {@code logging} module ({@code DEBUG}), and the empty {@code tuple()}, {@code list()} and
 * {@code dict()}. Anything else (a call, an operator) is refused rather than
 * run, which is where this parts from Python's {@code eval}.
 */
public final class PyLiteral {
    private final String text;
    private int pos;

    private PyLiteral(String text) {
        this.text = text;
    }

    /**
     * Python's {@code eval(text, vars(logging))} for literals.
     *
     * @param text the expression
     * @return its value: List, Map, String, Integer, Long, Double, Boolean, null, or a resolved name
     * @throws IllegalArgumentException for anything else, saying what
     */
    public static Object eval(String text) {
        PyLiteral p = new PyLiteral(text);
        Object value = p.expression();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.refused();
        }
        return value;
    }

    private IllegalArgumentException refused() {
        return new IllegalArgumentException("fileConfig evaluates only literals (tuples, lists, dicts, strings,"
                + " numbers, True, False, None), sys.stdout, sys.stderr and logging's names: cannot evaluate "
                + PyStr.repr(text) + " at offset " + pos);
    }

    /** Spaces, newlines and {@code #} comments. */
    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean take(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private Object expression() {
        skipSpace();
        if (pos >= text.length()) {
            throw refused();
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            return parenthesised();
        }
        if (c == '[') {
            pos++;
            return items(']', new ArrayList<>());
        }
        if (c == '{') {
            pos++;
            return dict();
        }
        if (c == '\'' || c == '"' || (c == 'r' || c == 'R') && pos + 1 < text.length()
                && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
            return strings();
        }
        if (c == '-' || c == '+' || Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            return name();
        }
        throw refused();
    }

    /** {@code ()}, {@code (x,)} and {@code (x, y)} are tuples; {@code (x)} is x. */
    private Object parenthesised() {
        if (take(')')) {
            return new ArrayList<>();
        }
        Object first = expression();
        if (take(')')) {
            return first;
        }
        if (!take(',')) {
            throw refused();
        }
        List<Object> tuple = new ArrayList<>();
        tuple.add(first);
        return items(')', tuple);
    }

    /** The rest of a comma-separated sequence up to {@code close}, a trailing comma allowed. */
    private List<Object> items(char close, List<Object> into) {
        while (!take(close)) {
            into.add(expression());
            if (!take(',')) {
                if (!take(close)) {
                    throw refused();
                }
                break;
            }
        }
        return into;
    }

    private Map<Object, Object> dict() {
        Map<Object, Object> out = new LinkedHashMap<>();
        while (!take('}')) {
            Object key = expression();
            if (!take(':')) {
                throw refused();
            }
            out.put(key, expression());
            if (!take(',')) {
                if (!take('}')) {
                    throw refused();
                }
                break;
            }
        }
        return out;
    }

    /** Adjacent string literals, concatenated as Python's. */
    private String strings() {
        StringBuilder out = new StringBuilder();
        do {
            out.append(string());
            skipSpace();
        } while (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"'
                || (text.charAt(pos) == 'r' || text.charAt(pos) == 'R') && pos + 1 < text.length()
                && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')));
        return out.toString();
    }

    private String string() {
        boolean raw = text.charAt(pos) == 'r' || text.charAt(pos) == 'R';
        if (raw) {
            pos++;
        }
        char q = text.charAt(pos);
        String quote = text.startsWith(String.valueOf(q).repeat(3), pos) ? String.valueOf(q).repeat(3)
                : String.valueOf(q);
        pos += quote.length();
        StringBuilder out = new StringBuilder();
        while (!text.startsWith(quote, pos)) {
            if (pos >= text.length() || quote.length() == 1 && text.charAt(pos) == '\n') {
                throw refused();
            }
            char c = text.charAt(pos++);
            if (c != '\\' || pos >= text.length()) {
                out.append(c);
            } else if (raw) {
                out.append(c).append(text.charAt(pos++));
            } else {
                escape(out);
            }
        }
        pos += quote.length();
        return out.toString();
    }

    private void escape(StringBuilder out) {
        char e = text.charAt(pos++);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '0' -> out.append('\0');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000b');
            case '\n' -> {
                // a line continuation inside the string
            }
            case 'x' -> out.append(hex(2));
            case 'u' -> out.append(hex(4));
            case 'U' -> out.appendCodePoint(Integer.parseInt(hexDigits(8), 16));
            case '\\', '\'', '"' -> out.append(e);
            default -> out.append('\\').append(e);
        }
    }

    private char hex(int digits) {
        return (char) Integer.parseInt(hexDigits(digits), 16);
    }

    private String hexDigits(int digits) {
        if (pos + digits > text.length() || !text.substring(pos, pos + digits).matches("[0-9a-fA-F]+")) {
            throw refused();
        }
        pos += digits;
        return text.substring(pos - digits, pos);
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
            pos++;
            skipSpace();
        }
        int digits = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.'
                || (text.charAt(pos) == '-' || text.charAt(pos) == '+') && "eE".indexOf(text.charAt(pos - 1)) >= 0)) {
            pos++;
        }
        String sign = text.charAt(start) == '-' ? "-" : "";
        String n = text.substring(digits, pos).replace("_", "");
        try {
            if (n.matches("0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+")) {
                int radix = switch (Character.toLowerCase(n.charAt(1))) {
                    case 'x' -> 16;
                    case 'o' -> 8;
                    default -> 2;
                };
                return narrow(Long.parseLong(sign + n.substring(2), radix));
            }
            if (n.matches("0+|[1-9][0-9]*")) {
                return narrow(Long.parseLong(sign + n));
            }
            if (n.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
                return Double.parseDouble(sign + n);
            }
        } catch (NumberFormatException e) {
            // too big: refused below
        }
        pos = start;
        throw refused();
    }

    private static Object narrow(long value) {
        if (value == (int) value) {
            return (int) value;
        }
        return value;
    }

    private Object name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '(') {
            // tuple(), list() and dict(): the empty ones configurations write
            int call = pos;
            pos++;
            if (!take(')') || !name.matches("tuple|list|dict")) {
                pos = call;
                throw refused();
            }
            return name.equals("dict") ? new LinkedHashMap<>() : new ArrayList<>();
        }
        return switch (name) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            case "sys.stdout", "sys.stderr" -> Names.resolve(name);
            default -> {
                if (name.contains(".")) {
                    pos = start;
                    throw refused();
                }
                try {
                    yield Names.resolve("logging." + name);
                } catch (IllegalArgumentException e) {
                    pos = start;
                    throw refused();
                }
            }
        };
    }
}
