package org.osprey.logging.internal.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * CPython's {@code PyOS_double_to_string} for finite and non-finite doubles: the digits come from the exact binary
 * value (BigDecimal), rounded half-even as David Gay's dtoa does, so that every precision matches CPython.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    /** {@code repr(float)}. */
    static String repr(double d) {
        if (!Double.isFinite(d)) {
            return nonFinite(d, true);
        }
        String body = unsigned(Math.abs(d), 'r', 0, true, false);
        return isNegative(d) ? "-" + body : body;
    }

    /** The sign bit, so that negative zero counts as negative, as CPython's {@code copysign} test does. */
    static boolean isNegative(double d) {
        return Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d);
    }

    /** {@code inf}, {@code -inf} or {@code nan} (CPython drops a NaN's sign). */
    static String nonFinite(double d, boolean withSign) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        return withSign && d < 0 ? "-inf" : "inf";
    }

    /**
     * The digits of {@code |d|} (finite) for CPython's format codes {@code e f g r}: {@code precision} is digits
     * after the point ({@code e f}) or significant digits ({@code g}); {@code addDot0} keeps a {@code .0} on an
     * integral fixed-point result; {@code alt} is the {@code #} flag (keep the point and trailing zeros).
     */
    static String unsigned(double a, char code, int precision, boolean addDot0, boolean alt) {
        Digits dg;
        int p = precision;
        switch (code) {
            case 'e' -> dg = significant(a, precision + 1);
            case 'f' -> dg = fixed(a, precision);
            case 'g' -> {
                p = precision == 0 ? 1 : precision;
                dg = significant(a, p);
            }
            default -> dg = shortest(a);
        }
        String digits = dg.digits;
        int n = digits.length();
        int decpt = dg.decpt;
        boolean useExp = false;
        int end = n;
        switch (code) {
            case 'e' -> {
                useExp = true;
                end = precision + 1;
            }
            case 'f' -> end = decpt + precision;
            case 'g' -> {
                useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p);
                if (alt) {
                    end = p;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int start = decpt <= 0 ? decpt - 1 : 0;
        end = Math.max(end, !useExp && addDot0 ? decpt + 1 : decpt);
        StringBuilder out = new StringBuilder(Math.max(8, end - start + 6));
        for (int pos = start; pos < end; pos++) {
            if (pos == decpt) {
                out.append('.');
            }
            out.append(pos >= 0 && pos < n ? digits.charAt(pos) : '0');
        }
        if (decpt == end && alt) {
            out.append('.');
        }
        if (useExp) {
            out.append(exp < 0 ? "e-" : "e+");
            int e = Math.abs(exp);
            if (e < 10) {
                out.append('0');
            }
            out.append(e);
        }
        return out.toString();
    }

    /** Value = 0.DIGITS x 10^decpt, DIGITS without trailing zeros; zero is ("0", 1). */
    private record Digits(String digits, int decpt) {
        static Digits of(BigDecimal rounded) {
            if (rounded.signum() == 0) {
                return new Digits("0", 1);
            }
            BigDecimal r = rounded.stripTrailingZeros();
            String digits = r.unscaledValue().toString();
            return new Digits(digits, digits.length() - r.scale());
        }
    }

    private static Digits significant(double a, int n) {
        return Digits.of(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    private static Digits fixed(double a, int decimals) {
        return Digits.of(new BigDecimal(a).setScale(decimals, RoundingMode.HALF_EVEN));
    }

    /**
     * The shortest digits that read back as {@code a}, the nearest to it among the shortest (dtoa's mode 0).
     * JDK 17's {@code Double.toString} is not always the shortest (JDK-4511638), so it is not used.
     */
    private static Digits shortest(double a) {
        if (a == 0) {
            return new Digits("0", 1);
        }
        BigDecimal exact = new BigDecimal(a);
        for (int n = 1; n < 17; n++) {
            BigDecimal nearest = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (readsBack(nearest, a)) {
                return Digits.of(nearest);
            }
            // at a power of two the interval that reads back is lopsided: the farther neighbour may be inside
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN}) {
                BigDecimal other = exact.round(new MathContext(n, mode));
                if (other.compareTo(nearest) != 0 && readsBack(other, a)) {
                    return Digits.of(other);
                }
            }
        }
        return significant(a, 17);
    }

    private static boolean readsBack(BigDecimal candidate, double a) {
        return Double.parseDouble(candidate.toString()) == a;
    }
}
