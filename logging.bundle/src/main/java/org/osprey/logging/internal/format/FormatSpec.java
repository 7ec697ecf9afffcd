package org.osprey.logging.internal.format;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Python's format-specification mini-language, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * and the {@code __format__} of str, int (and bool) and float that read it. ValueError is
 * IllegalArgumentException, OverflowError ArithmeticException, with CPython's messages.
 */
final class FormatSpec {
    private static final int NONE = -1;

    private final int fill;
    private final char align;
    private final char sign;
    private final boolean noNegativeZero;
    private final boolean alternate;
    private final int width;
    private final char grouping;
    private final int groupSize;
    private final int precision;
    private final int type;
    private final String typeName;

    private FormatSpec(int fill, char align, char sign, boolean noNegativeZero,
            boolean alternate, int width, char grouping, int groupSize, int precision, int type, String typeName) {
        this.fill = fill;
        this.align = align;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.groupSize = groupSize;
        this.precision = precision;
        this.type = type;
        this.typeName = typeName;
    }

    /** Python's {@code format(value, spec)} for the Java values Python has a {@code __format__} of its own for. */
    static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            return PyStr.str(value);
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return parse(spec, 's', '<', "str").string(value.toString());
        }
        if (Num.isIntOrBool(value)) {
            return parse(spec, 'd', '>', PyStr.typeName(value)).integer(Num.toBigInteger(value));
        }
        if (Num.isFloat(value)) {
            return parse(spec, 0, '>', "float").floating(Num.toDouble(value));
        }
        throw new IllegalArgumentException(
                "unsupported format string passed to " + PyStr.typeName(value) + ".__format__");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int n = spec.length();
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = defaultAlign;
        boolean alignGiven = false;
        int first = spec.codePointAt(0);
        int afterFirst = Character.charCount(first);
        if (afterFirst < n && isAlign(spec.charAt(afterFirst))) {
            fill = first;
            align = spec.charAt(afterFirst);
            fillGiven = true;
            alignGiven = true;
            pos = afterFirst + 1;
        } else if (isAlign(first)) {
            align = (char) first;
            alignGiven = true;
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean z = pos < n && spec.charAt(pos) == 'z';
        if (z) {
            pos++;
        }
        boolean alternate = pos < n && spec.charAt(pos) == '#';
        if (alternate) {
            pos++;
        }
        if (!fillGiven && pos < n && spec.charAt(pos) == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int start = pos;
        pos = digitsEnd(spec, pos);
        int width = pos == start ? NONE : integer(spec, start, pos);
        char grouping = 0;
        if (pos < n && spec.charAt(pos) == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == '_') {
            if (grouping != 0) {
                throw new IllegalArgumentException("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < n && spec.charAt(pos) == ',' && grouping == '_') {
            throw new IllegalArgumentException("Cannot specify both ',' and '_'.");
        }
        int precision = NONE;
        if (pos < n && spec.charAt(pos) == '.') {
            start = ++pos;
            pos = digitsEnd(spec, pos);
            if (pos == start) {
                throw new IllegalArgumentException("Format specifier missing precision");
            }
            precision = integer(spec, start, pos);
        }
        if (spec.codePointCount(pos, n) > 1) {
            throw new IllegalArgumentException(
                    "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = pos < n ? spec.codePointAt(pos) : defaultType;
        int groupSize = 3;
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') {
                        throw cannotGroup(grouping, type);
                    }
                    groupSize = 4;
                }
                default -> throw cannotGroup(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, z, alternate, width, grouping, groupSize, precision,
                type, typeName);
    }

    private static IllegalArgumentException cannotGroup(char grouping, int type) {
        return new IllegalArgumentException("Cannot specify '" + grouping + "' with " + quoted(type) + ".");
    }

    /** A type code as CPython quotes it in messages: itself when printable ASCII, else {@code '\x..'}. */
    private static String quoted(int code) {
        return code > 32 && code < 127 ? "'" + (char) code + "'" : "'\\x" + Integer.toHexString(code) + "'";
    }

    private IllegalArgumentException unknownCode() {
        return new IllegalArgumentException(
                "Unknown format code " + quoted(type) + " for object of type '" + typeName + "'");
    }

    private static int digitsEnd(String s, int pos) {
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int integer(String s, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + Character.digit(s.charAt(i), 10);
            if (value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Too many decimal digits in format string");
            }
        }
        return (int) value;
    }

    // ---------------------------------------------------------------- str

    private String string(String s) {
        if (type != 's') {
            throw unknownCode();
        }
        if (sign == ' ') {
            throw new IllegalArgumentException("Space not allowed in string format specifier");
        }
        if (sign != 0) {
            throw new IllegalArgumentException("Sign not allowed in string format specifier");
        }
        if (noNegativeZero) {
            throw new IllegalArgumentException("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alternate) {
            throw new IllegalArgumentException("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw new IllegalArgumentException("'=' alignment not allowed in string format specifier");
        }
        if (precision != NONE && s.codePointCount(0, s.length()) > precision) {
            s = s.substring(0, s.offsetByCodePoints(0, precision));
        }
        return layout("", "", s, "", false);
    }

    // ---------------------------------------------------------------- int

    private String integer(BigInteger value) {
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                double d = value.doubleValue();
                if (Double.isInfinite(d)) {
                    throw new ArithmeticException("int too large to convert to float");
                }
                return floating(d);
            }
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
            }
            default -> throw unknownCode();
        }
        if (precision != NONE) {
            throw new IllegalArgumentException("Precision not allowed in integer format specifier");
        }
        if (noNegativeZero) {
            throw new IllegalArgumentException(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (sign != 0) {
                throw new IllegalArgumentException("Sign not allowed with integer format specifier 'c'");
            }
            if (alternate) {
                throw new IllegalArgumentException("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.bitLength() > 63) {
                throw new ArithmeticException("Python int too large to convert to C long");
            }
            if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw new ArithmeticException("%c arg not in range(0x110000)");
            }
            return layout("", "", Character.toString(value.intValue()), "", false);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = value.abs().toString(radix);
        String prefix = "";
        if (type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        if (alternate && radix != 10) {
            prefix = "0" + (char) type;
        }
        return layout(signOf(value.signum() < 0), prefix, digits, "", true);
    }

    // ---------------------------------------------------------------- float

    private String floating(double d) {
        int code = type;
        boolean addDot0 = false;
        int defaultPrecision = 6;
        switch (code) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
            }
            case 'n' -> code = 'g';
            case 0 -> {
                addDot0 = true;
                code = 'r';
                defaultPrecision = 0;
            }
            default -> throw unknownCode();
        }
        String suffix = "";
        if (code == '%') {
            d *= 100;
            code = 'f';
            suffix = "%";
        }
        int p = precision;
        if (p == NONE) {
            p = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        boolean upper = Character.isUpperCase(code);
        String body;
        boolean negative = FloatFormat.isNegative(d);
        if (Double.isFinite(d)) {
            body = FloatFormat.unsigned(Math.abs(d), Character.toLowerCase((char) code), p, addDot0, alternate);
            if (negative && noNegativeZero && isZero(body)) {
                negative = false;
            }
        } else {
            body = FloatFormat.nonFinite(d, false);
        }
        if (upper) {
            body = body.toUpperCase(Locale.ROOT);
        }
        int intEnd = 0;
        while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
            intEnd++;
        }
        return layout(signOf(negative), "", body.substring(0, intEnd), body.substring(intEnd) + suffix, intEnd > 0);
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e') {
                return true;
            }
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    // ---------------------------------------------------------------- layout

    /**
     * CPython's {@code calc_number_widths} and {@code fill_number}: sign, prefix, digits grouped (zero padding
     * with {@code 0=} grows the digits, separators included), the rest, then fill by the alignment.
     */
    private String layout(String signText, String prefix, String digits, String rest, boolean numeric) {
        String grouped = digits;
        if (numeric && (grouping != 0 || (fill == '0' && align == '='))) {
            int minWidth = fill == '0' && align == '='
                    ? width - (signText.length() + prefix.length() + rest.length()) : 0;
            grouped = group(digits, minWidth, grouping == 0 ? Integer.MAX_VALUE : groupSize, grouping);
        }
        int length = signText.length() + prefix.length() + grouped.codePointCount(0, grouped.length())
                + rest.length();
        int padding = Math.max(0, width - length);
        String fillText = Character.toString(fill);
        StringBuilder out = new StringBuilder(length + padding);
        int before = switch (align) {
            case '<' -> 0;
            case '^' -> padding / 2;
            default -> padding; // '>' and '='
        };
        if (align != '=') {
            out.append(fillText.repeat(before));
        }
        out.append(signText).append(prefix);
        if (align == '=') {
            out.append(fillText.repeat(before));
        }
        out.append(grouped).append(rest);
        out.append(fillText.repeat(padding - before));
        return out.toString();
    }

    /** CPython's {@code _PyUnicode_InsertThousandsGrouping}, right to left, padding with zeros to minWidth. */
    private static String group(String digits, int minWidth, int size, char separator) {
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        boolean useSeparator = false;
        while (true) {
            int len = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, len - remaining);
            int chars = Math.max(0, Math.min(remaining, len));
            if (useSeparator) {
                reversed.append(separator);
            }
            for (int i = remaining - 1; i >= remaining - chars; i--) {
                reversed.append(digits.charAt(i));
            }
            reversed.append("0".repeat(zeros));
            useSeparator = true;
            remaining -= chars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return reversed.reverse().toString();
    }
}
