package org.osprey.logging.internal.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's printf-style formatting, {@code fmt % args}: the tuple case and the mapping case
 * ({@code %(key)s}). TypeError and ValueError are IllegalArgumentException, KeyError NoSuchElementException,
 * OverflowError ArithmeticException, all with CPython's messages, raised in CPython's order. A width past
 * {@code Integer.MAX_VALUE} is "width too big" where CPython tries and raises MemoryError.
 */
public final class PercentFormat {
    private static final ParseCache<Piece[]> CACHE = new ParseCache<>(PercentFormat::parse);

    private PercentFormat() {
    }

    /** {@code fmt % tuple}; a null tuple is the empty one. */
    public static String format(String fmt, Object[] tuple) {
        Object[] args = tuple == null ? new Object[0] : tuple;
        return new Run(args, args.length, 0, null).format(CACHE.get(fmt), fmt);
    }

    /** {@code fmt % mapping}: keys for {@code %(key)s}, and the mapping itself as the single other argument. */
    public static String format(String fmt, Map<String, ?> mapping) {
        return format(CACHE.get(fmt), fmt, mapping);
    }

    private static String format(Piece[] pieces, String fmt, Map<String, ?> mapping) {
        return new Run(mapping, -1, -2, mapping).format(pieces, fmt);
    }

    /**
     * {@code fmt} parsed once, for a format its owner applies again and again (a formatter's); a malformed
     * format fails when applied, as CPython's {@code %} does.
     *
     * @param fmt the format
     * @return the parsed format
     */
    public static Compiled compile(String fmt) {
        return new Compiled(parse(fmt), fmt);
    }

    /** A format parsed by {@link #compile}. */
    public static final class Compiled {
        private final Piece[] pieces;
        private final String fmt;

        private Compiled(Piece[] pieces, String fmt) {
            this.pieces = pieces;
            this.fmt = fmt;
        }

        /**
         * {@code fmt % mapping}, as {@link PercentFormat#format(String, Map)}.
         *
         * @param mapping the values by key
         * @return the text
         */
        public String format(Map<String, ?> mapping) {
            return PercentFormat.format(pieces, fmt, mapping);
        }
    }

    /** The parsed form of a format, as the cache holds it. */
    static Object parsed(String fmt) {
        return CACHE.get(fmt);
    }

    /** Where a broken conversion fails, as CPython meets its parts: the key, the width, the precision, the end. */
    private static final int AT_KEY = 1;
    private static final int AT_WIDTH = 2;
    private static final int AT_PRECISION = 3;
    private static final int AT_END = 4;

    /** A literal run of text or a conversion. */
    private sealed interface Piece permits Literal, Conversion {
    }

    private record Literal(String text) implements Piece {
    }

    /**
     * width and precision: -1 absent, -2 taken from the arguments ({@code *}). A conversion that cannot be
     * parsed fails with {@code error} at {@code failsAt}, after the parts before it took their arguments.
     */
    private record Conversion(String key, boolean left, boolean zero, boolean plus, boolean blank, boolean alt,
            int width, int precision, int conversion, int index, int failsAt, String error) implements Piece {

        static Conversion broken(String key, int failsAt, String error) {
            return new Conversion(key, false, false, false, false, false, -1, -1, 0, 0, failsAt, error);
        }

        void failIfAt(int stage) {
            if (failsAt == stage) {
                throw new IllegalArgumentException(error);
            }
        }
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
            if (i < n && fmt.charAt(i) == '%') {
                pieces.add(new Literal("%"));
                i++;
                continue;
            }
            String key = null;
            if (i < n && fmt.charAt(i) == '(') {
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    char c = fmt.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
                if (depth > 0) {
                    pieces.add(Conversion.broken("", AT_KEY, "incomplete format key"));
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
                    pieces.add(Conversion.broken(key, AT_WIDTH, "width too big"));
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
                        pieces.add(new Conversion(key, left, zero, plus, blank, alt, width, -1, 0, 0,
                                AT_PRECISION, "precision too big"));
                        break;
                    }
                    precision = (int) p;
                }
            }
            if (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++; // a C length modifier, read and ignored (one only, as CPython)
            }
            if (i >= n) {
                pieces.add(new Conversion(key, left, zero, plus, blank, alt, width, precision, 0, 0, AT_END,
                        "incomplete format"));
                break;
            }
            int conversion = fmt.codePointAt(i);
            int index = fmt.codePointCount(0, i);
            i += Character.charCount(conversion);
            pieces.add(new Conversion(key, left, zero, plus, blank, alt, width, precision, conversion, index, 0,
                    null));
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
                } else {
                    convert(out, (Conversion) piece);
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

        /** A {@code *} argument, as a C ssize_t (width) or int (precision). */
        private long star(int bits, String cType) {
            Object v = next();
            if (!Num.isIntOrBool(v)) {
                throw new IllegalArgumentException("* wants int");
            }
            BigInteger b = Num.toBigInteger(v);
            if (b.bitLength() > bits) {
                throw new ArithmeticException("Python int too large to convert to C " + cType);
            }
            return b.longValue();
        }

        private void convert(StringBuilder out, Conversion c) {
            if (c.key != null) {
                if (dict == null) {
                    throw new IllegalArgumentException("format requires a mapping");
                }
                c.failIfAt(AT_KEY);
                if (!dict.containsKey(c.key)) {
                    throw new NoSuchElementException(PyStr.repr(c.key));
                }
                args = dict.get(c.key);
                arglen = -1;
                argidx = -2;
            }
            c.failIfAt(AT_WIDTH);
            boolean left = c.left;
            long width = c.width;
            if (width == -2) {
                width = star(63, "ssize_t");
                if (width < 0) {
                    left = true;
                    width = -width; // Long.MIN_VALUE stays negative: no padding, as CPython's overflow gives
                }
            }
            c.failIfAt(AT_PRECISION);
            int precision = c.precision;
            if (precision == -2) {
                precision = (int) Math.max(0, star(31, "int"));
            }
            c.failIfAt(AT_END);
            Object v = next();
            if (c.conversion == 's' && width < 0 && precision < 0) {
                out.append(PyStr.str(v)); // the log format's common case, without the layout's allocations
                return;
            }
            Spec spec = new Spec(left, c.zero, c.plus, c.blank, c.alt, width, precision);
            switch (c.conversion) {
                case 's' -> spec.text(out, PyStr.str(v));
                case 'r' -> spec.text(out, PyStr.repr(v));
                case 'a' -> spec.text(out, PyStr.ascii(v));
                case 'c' -> spec.withoutPrecision().text(out, character(v));
                case 'd', 'i', 'u' -> spec.integer(out, real(v, c.conversion), 10, "");
                case 'x' -> spec.integer(out, integer(v, 'x'), 16, c.alt ? "0x" : "");
                case 'X' -> spec.integer(out, integer(v, 'X'), 16, c.alt ? "0X" : "", true);
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
    private record Spec(boolean left, boolean zero, boolean plus, boolean blank, boolean alt, long width,
            int precision) {

        void text(StringBuilder out, String s) {
            if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
                s = s.substring(0, s.offsetByCodePoints(0, precision));
            }
            pad(out, "", s, s.codePointCount(0, s.length()), false);
        }

        Spec withoutPrecision() {
            return new Spec(left, zero, plus, blank, alt, width, -1);
        }

        void integer(StringBuilder out, BigInteger value, int radix, String prefix) {
            integer(out, value, radix, prefix, false);
        }

        void integer(StringBuilder out, BigInteger value, int radix, String prefix, boolean upper) {
            String digits = value.abs().toString(radix);
            if (precision > digits.length()) {
                digits = "0".repeat(precision - digits.length()) + digits;
            }
            if (upper) {
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
            if (width > Integer.MAX_VALUE - 64) {
                throw new IllegalArgumentException("width too big"); // CPython tries, and raises MemoryError
            }
            int fill = width <= length ? 0 : (int) (width - length); // Long.MIN_VALUE - length would wrap
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
