package org.osprey.logging.internal.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's {@code str.format}: literal text with {@code {{ }}}, replacement fields
 * {@code {name.attr[index]!conversion:spec}} with automatic or manual numbering, and nested fields in the spec.
 * ValueError and TypeError are IllegalArgumentException, KeyError and IndexError NoSuchElementException, with
 * CPython's messages, raised in CPython's order (a format is parsed once, its errors kept where they occur).
 */
public final class BraceFormat {
    private static final ParseCache<Piece[]> CACHE = new ParseCache<>(BraceFormat::parse);
    /** PEP 3101: a spec may hold fields, whose specs may not. */
    private static final int MAX_DEPTH = 2;

    private BraceFormat() {
    }

    /** {@code fmt.format(*args, **kwargs)}; either may be null (none given). */
    public static String format(String fmt, Object[] args, Map<String, ?> kwargs) {
        StringBuilder out = new StringBuilder(fmt.length() + 32);
        new Run(args == null ? new Object[0] : args, kwargs == null ? Map.of() : kwargs).render(out, fmt, MAX_DEPTH);
        return out.toString();
    }

    private sealed interface Piece permits Literal, Field, Broken {
    }

    private record Literal(String text) implements Piece {
    }

    private record Broken(String message) implements Piece {
    }

    /** {@code {name!conversion:spec}}; conversion 0 when absent. */
    private record Field(String name, int conversion, String spec, boolean specHasFields) implements Piece {
    }

    private static Piece[] parse(String fmt) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '{' && c != '}') {
                literal.append(c);
                continue;
            }
            if (i < n && fmt.charAt(i) == c) {
                literal.append(c);
                i++;
                continue;
            }
            if (literal.length() > 0) {
                pieces.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            if (c == '}') {
                pieces.add(new Broken("Single '}' encountered in format string"));
                return pieces.toArray(Piece[]::new);
            }
            if (i >= n) {
                pieces.add(new Broken("Single '{' encountered in format string"));
                return pieces.toArray(Piece[]::new);
            }
            i = parseField(fmt, i, pieces);
            if (i < 0) {
                return pieces.toArray(Piece[]::new);
            }
        }
        if (literal.length() > 0) {
            pieces.add(new Literal(literal.toString()));
        }
        return pieces.toArray(Piece[]::new);
    }

    /** CPython's {@code parse_field} from just after the '{': the index after the field, or -1 after an error. */
    private static int parseField(String fmt, int i, List<Piece> pieces) {
        int n = fmt.length();
        int start = i;
        char c = 0;
        while (i < n) {
            c = fmt.charAt(i++);
            if (c == '{') {
                pieces.add(new Broken("unexpected '{' in field name"));
                return -1;
            }
            if (c == '[') {
                while (i < n && fmt.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = fmt.substring(start, i - 1);
        if (c != '!' && c != ':') {
            if (c != '}') {
                pieces.add(new Broken("expected '}' before end of string"));
                return -1;
            }
            pieces.add(new Field(name, 0, "", false));
            return i;
        }
        int conversion = 0;
        if (c == '!') {
            if (i >= n) {
                pieces.add(new Broken("end of string while looking for conversion specifier"));
                return -1;
            }
            conversion = fmt.codePointAt(i);
            i += Character.charCount(conversion);
            if (i < n) {
                char after = fmt.charAt(i++);
                if (after == '}') {
                    pieces.add(new Field(name, conversion, "", false));
                    return i;
                }
                if (after != ':') {
                    pieces.add(new Broken("expected ':' after conversion specifier"));
                    return -1;
                }
            }
        }
        int specStart = i;
        int depth = 1;
        boolean nested = false;
        while (i < n) {
            char s = fmt.charAt(i++);
            if (s == '{') {
                nested = true;
                depth++;
            } else if (s == '}' && --depth == 0) {
                pieces.add(new Field(name, conversion, fmt.substring(specStart, i - 1), nested));
                return i;
            }
        }
        pieces.add(new Broken("unmatched '{' in format spec"));
        return -1;
    }

    /** One call: the arguments and the automatic numbering state (shared with the fields nested in specs). */
    private static final class Run {
        private final Object[] args;
        private final Map<String, ?> kwargs;
        private int autoNumber;
        private Boolean automatic; // null until the first numeric field decides

        Run(Object[] args, Map<String, ?> kwargs) {
            this.args = args;
            this.kwargs = kwargs;
        }

        void render(StringBuilder out, String fmt, int depth) {
            if (depth <= 0) {
                throw new IllegalArgumentException("Max string recursion exceeded");
            }
            for (Piece piece : CACHE.get(fmt)) {
                if (piece instanceof Literal literal) {
                    out.append(literal.text);
                } else if (piece instanceof Field field) {
                    Object value = lookUp(field.name);
                    if (field.conversion != 0) {
                        value = convert(value, field.conversion);
                    }
                    String spec = field.spec;
                    if (field.specHasFields) {
                        StringBuilder expanded = new StringBuilder();
                        render(expanded, spec, depth - 1);
                        spec = expanded.toString();
                    }
                    out.append(FormatSpec.format(value, spec));
                } else {
                    throw new IllegalArgumentException(((Broken) piece).message);
                }
            }
        }

        private static Object convert(Object value, int conversion) {
            switch (conversion) {
                case 'r':
                    return PyStr.repr(value);
                case 's':
                    return PyStr.str(value);
                case 'a':
                    return PyStr.ascii(value);
                default:
                    throw new IllegalArgumentException("Unknown conversion specifier "
                            + (conversion > 32 && conversion < 127 ? Character.toString(conversion)
                                    : "\\x" + Integer.toHexString(conversion)));
            }
        }

        /** CPython's {@code get_field_object}: the first part, then each {@code .attr} and {@code [key]}. */
        private Object lookUp(String name) {
            int n = name.length();
            int i = 0;
            while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            String first = name.substring(0, i);
            int index = index(first);
            boolean numeric = first.isEmpty() || index >= 0;
            if (numeric) {
                if (automatic == null) {
                    automatic = first.isEmpty();
                }
                if (automatic && !first.isEmpty()) {
                    throw new IllegalArgumentException(
                            "cannot switch from automatic field numbering to manual field specification");
                }
                if (!automatic && first.isEmpty()) {
                    throw new IllegalArgumentException(
                            "cannot switch from manual field specification to automatic field numbering");
                }
                if (first.isEmpty()) {
                    index = autoNumber++;
                }
            }
            Object value;
            if (index < 0) {
                if (!kwargs.containsKey(first)) {
                    throw new NoSuchElementException(PyStr.repr(first));
                }
                value = kwargs.get(first);
            } else {
                if (index >= args.length) {
                    throw new NoSuchElementException(
                            "Replacement index " + index + " out of range for positional args tuple");
                }
                value = args[index];
            }
            while (i < n) {
                char c = name.charAt(i++);
                int start = i;
                if (c == '.') {
                    while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        i++;
                    }
                    if (i == start) {
                        throw new IllegalArgumentException("Empty attribute in format string");
                    }
                    value = Lookup.attribute(value, name.substring(start, i));
                } else if (c == '[') {
                    while (i < n && name.charAt(i) != ']') {
                        i++;
                    }
                    if (i >= n) {
                        throw new IllegalArgumentException("Missing ']' in format string");
                    }
                    String key = name.substring(start, i++);
                    if (key.isEmpty()) {
                        throw new IllegalArgumentException("Empty attribute in format string");
                    }
                    int keyIndex = index(key);
                    value = keyIndex >= 0 ? Lookup.item(value, keyIndex) : Lookup.item(value, key);
                } else {
                    throw new IllegalArgumentException(
                            "Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return value;
        }
    }

    /** CPython's {@code get_integer}: the decimal value of a non-empty run of digits, else -1. */
    private static int index(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
            if (value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Too many decimal digits in format string");
            }
        }
        return (int) value;
    }
}
