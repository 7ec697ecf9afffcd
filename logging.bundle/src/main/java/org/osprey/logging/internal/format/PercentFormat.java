package org.osprey.logging.internal.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's printf-style formatting, {@code fmt % args}: the tuple case and the mapping case
 * ({@code %(key)s}). TypeError and ValueError are IllegalArgumentException, KeyError NoSuchElementException,
 * OverflowError ArithmeticException, all with CPython's messages, raised in CPython's order.
 */
public final class PercentFormat {
    private static final ParseCache<Piece[]> CACHE = new ParseCache<>(PercentFormat::parse);

    private PercentFormat() {
    }

    /** {@code fmt % tuple}. */
    public static String format(String fmt, Object[] tuple) {
        return new Run(tuple, tuple.length, 0, null).format(CACHE.get(fmt), fmt);
    }

    /** {@code fmt % mapping}: keys for {@code %(key)s}, and the mapping itself as the single other argument. */
    public static String format(String fmt, Map<String, ?> mapping) {
        return new Run(mapping, -1, -2, mapping).format(CACHE.get(fmt), fmt);
    }

    /** A literal run of text, a conversion, or an error met at this point of the format. */
    private sealed interface Piece permits Literal, Conversion, Broken {
    }

    private record Literal(String text) implements Piece {
    }

    private record Broken(String message) implements Piece {
    }

    /** width and precision: -1 absent, -2 taken from the arguments ({@code *}). */
    private record Conversion(String key, boolean left, boolean zero, boolean plus, boolean blank, boolean alt,
            int width, int precision, int conversion, int index) implements Piece {
    }

    private static Piece[] parse(String fmt) {
        List<Piece> pieces = new ArrayList<>();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            int pct = fmt.indexOf('%', i);
            if (pct < 0) {
                pieces.add(new Literal(fmt.substring(i)));
                break;
            }
            if (pct > i) {
                pieces.add(new Literal(fmt.substring(i, pct)));
            }
            i = pct + 1;
            String key = null;
            if (i < n && fmt.charAt(i) == '(') {
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    char c = fmt.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
                if (depth > 0) {
                    pieces.add(new Broken("incomplete format key"));
                    break;
                }
                key = fmt.substring(start, i - 1);
            }
            boolean left = false;
            boolean zero = false;
            boolean plus = false;
            boolean blank = false;
            boolean alt = false;
            flags:
            for (; i < n; i++) {
                switch (fmt.charAt(i)) {
                    case '-' -> left = true;
                    case '+' -> plus = true;
                    case ' ' -> blank = true;
                    case '#' -> alt = true;
                    case '0' -> zero = true;
                    default -> {
                        break flags;
                    }
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = -2;
                i++;
            } else if (i < n && isDigit(fmt.charAt(i))) {
                long w = 0;
                while (i < n && isDigit(fmt.charAt(i))) {
                    w = Math.min(w * 10 + fmt.charAt(i++) - '0', Long.MAX_VALUE / 20);
                }
                if (w > Integer.MAX_VALUE) {
                    pieces.add(new Broken("width too big"));
                    break;
                }
                width = (int) w;
            }
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                precision = 0;
                if (i < n && fmt.charAt(i) == '*') {
                    precision = -2;
                    i++;
                } else {
                    long p = 0;
                    while (i < n && isDigit(fmt.charAt(i))) {
                        p = Math.min(p * 10 + fmt.charAt(i++) - '0', Long.MAX_VALUE / 20);
                    }
                    if (p > Integer.MAX_VALUE) {
                        pieces.add(new Broken("precision too big"));
                        break;
                    }
                    precision = (int) p;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                pieces.add(new Broken("incomplete format"));
                break;
            }
            int conversion = fmt.codePointAt(i);
            int index = fmt.codePointCount(0, i);
            i += Character.charCount(conversion);
            pieces.add(new Conversion(key, left, zero, plus, blank, alt, width, precision, conversion, index));
        }
        return pieces.toArray(Piece[]::new);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One application of a parsed format: CPython's argument cursor (arglen -1 is a single non-tuple value). */
    private static final class Run {
        private Object args;
        private int arglen;
        private int argidx;
        private final Map<String, ?> dict;

        Run(Object args, int arglen, int argidx, Map<String, ?> dict) {
            this.args = args;
            this.arglen = arglen;
            this.argidx = argidx;
            this.dict = dict;
        }

        String format(Piece[] pieces, String fmt) {
            StringBuilder out = new StringBuilder(fmt.length() + 16);
            for (Piece piece : pieces) {
                if (piece instanceof Literal literal) {
                    out.append(literal.text);
                } else if (piece instanceof Conversion c) {
                    convert(out, c);
                } else {
                    throw new IllegalArgumentException(((Broken) piece).message);
                }
            }
            if (argidx < arglen && dict == null) {
                throw new IllegalArgumentException("not all arguments converted during string formatting");
            }
            return out.toString();
        }

        private Object next() {
            int at = argidx;
            if (at < arglen) {
                argidx++;
                return arglen < 0 ? args : ((Object[]) args)[at];
            }
            throw new IllegalArgumentException("not enough arguments for format string");
        }

        private int star() {
            Object v = next();
            if (!Num.isIntOrBool(v)) {
                throw new IllegalArgumentException("* wants int");
            }
            BigInteger b = Num.toBigInteger(v);
            if (b.bitLength() > 31) {
                throw new ArithmeticException("Python int too large to convert to C ssize_t");
            }
            return b.intValue();
        }

        private void convert(StringBuilder out, Conversion c) {
            if (c.key != null) {
                if (dict == null) {
                    throw new IllegalArgumentException("format requires a mapping");
                }
                if (!dict.containsKey(c.key)) {
                    throw new NoSuchElementException(PyStr.repr(c.key));
                }
                args = dict.get(c.key);
                arglen = -1;
                argidx = -2;
            }
            boolean left = c.left;
            int width = c.width;
            if (width == -2) {
                width = star();
                if (width < 0) {
                    left = true;
                    width = -width;
                }
            }
            int precision = c.precision;
            if (precision == -2) {
                precision = Math.max(0, star());
            }
            if (c.conversion == '%') {
                out.append('%');
                return;
            }
            Object v = next();
            Spec spec = new Spec(left, c.zero, c.plus, c.blank, c.alt, width, precision);
            switch (c.conversion) {
                case 's' -> spec.text(out, PyStr.str(v));
                case 'r' -> spec.text(out, PyStr.repr(v));
                case 'a' -> spec.text(out, PyStr.ascii(v));
                case 'c' -> spec.text(out, character(v));
                case 'd', 'i', 'u' -> spec.integer(out, real(v, c.conversion), 10, "");
                case 'x' -> spec.integer(out, integer(v, 'x'), 16, c.alt ? "0x" : "");
                case 'X' -> spec.integer(out, integer(v, 'X'), 16, c.alt ? "0X" : "");
                case 'o' -> spec.integer(out, integer(v, 'o'), 8, c.alt ? "0o" : "");
                case 'e', 'E', 'f', 'F', 'g', 'G' -> spec.floating(out, floatOf(v), c.conversion);
                default -> throw new IllegalArgumentException(String.format(
                        "unsupported format character '%c' (0x%x) at index %d",
                        c.conversion >= 32 && c.conversion <= 126 ? (char) c.conversion : '?', c.conversion,
                        c.index));
            }
        }
    }

    private static BigInteger real(Object v, int conversion) {
        if (Num.isIntOrBool(v)) {
            return Num.toBigInteger(v);
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.toBigInteger();
        }
        if (Num.isFloat(v)) {
            return Num.truncate(Num.toDouble(v));
        }
        throw new IllegalArgumentException(String.format("%%%c format: a real number is required, not %s",
                conversion, PyStr.typeName(v)));
    }

    private static BigInteger integer(Object v, char conversion) {
        if (Num.isIntOrBool(v)) {
            return Num.toBigInteger(v);
        }
        throw new IllegalArgumentException(String.format("%%%c format: an integer is required, not %s",
                conversion, PyStr.typeName(v)));
    }

    /** Python's {@code float(v)} for the float conversions. */
    static double floatOf(Object v) {
        if (Num.isIntOrBool(v)) {
            double d = Num.toBigInteger(v).doubleValue();
            if (Double.isInfinite(d)) {
                throw new ArithmeticException("int too large to convert to float");
            }
            return d;
        }
        if (Num.isFloat(v)) {
            return Num.toDouble(v);
        }
        throw new IllegalArgumentException("must be real number, not " + PyStr.typeName(v));
    }

    private static String character(Object v) {
        if (Num.isIntOrBool(v)) {
            BigInteger b = Num.toBigInteger(v);
            if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw new ArithmeticException("%c arg not in range(0x110000)");
            }
            return Character.toString(b.intValue());
        }
        if (v instanceof Character ch) {
            return ch.toString();
        }
        if (v instanceof CharSequence s && s.toString().codePointCount(0, s.length()) == 1) {
            return s.toString();
        }
        throw new IllegalArgumentException("%c requires int or char");
    }

    /** The flags, width and precision of one conversion, and how they lay out its text. */
    private record Spec(boolean left, boolean zero, boolean plus, boolean blank, boolean alt, int width,
            int precision) {

        void text(StringBuilder out, String s) {
            if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
                s = s.substring(0, s.offsetByCodePoints(0, precision));
            }
            pad(out, "", s, s.codePointCount(0, s.length()), false);
        }

        void integer(StringBuilder out, BigInteger value, int radix, String prefix) {
            String digits = value.abs().toString(radix);
            if (precision > digits.length()) {
                digits = "0".repeat(precision - digits.length()) + digits;
            }
            if (radix == 16 && prefix.equals("0X")) {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
            String head = sign(value.signum() < 0) + prefix;
            pad(out, head, digits, head.length() + digits.length(), zero);
        }

        void floating(StringBuilder out, double d, int conversion) {
            boolean upper = Character.isUpperCase(conversion);
            String body = Double.isFinite(d)
                    ? FloatFormat.unsigned(Math.abs(d), Character.toLowerCase((char) conversion),
                            precision < 0 ? 6 : precision, false, alt)
                    : FloatFormat.nonFinite(Math.abs(d), false);
            if (upper) {
                body = body.toUpperCase(java.util.Locale.ROOT);
            }
            String head = sign(FloatFormat.isNegative(d));
            pad(out, head, body, head.length() + body.length(), zero);
        }

        private String sign(boolean negative) {
            return negative ? "-" : plus ? "+" : blank ? " " : "";
        }

        private void pad(StringBuilder out, String head, String body, int length, boolean zeroFill) {
            int fill = Math.max(0, width - length);
            if (left) {
                out.append(head).append(body).append(" ".repeat(fill));
            } else if (zeroFill) {
                out.append(head).append("0".repeat(fill)).append(body);
            } else {
                out.append(" ".repeat(fill)).append(head).append(body);
            }
        }
    }
}
