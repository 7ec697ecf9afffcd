package org.osprey.logging.internal.format;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Which Java values are Python ints and floats, and their conversions. */
final class Num {
    private Num() {
    }

    /** Python int: the Java integer types, BigInteger, and Boolean (bool is an int subclass). */
    static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger;
    }

    static boolean isIntOrBool(Object v) {
        return isInt(v) || v instanceof Boolean;
    }

    /** Python float (Decimal counts as one: its {@code __float__} is what formatting uses). */
    static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float || v instanceof BigDecimal;
    }

    static BigInteger toBigInteger(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return BigInteger.valueOf(((Number) v).longValue());
    }

    static double toDouble(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) v).doubleValue();
    }

    /** Python's {@code int(x)} of a float: truncation toward zero; OverflowError for inf, ValueError for nan. */
    static BigInteger truncate(double d) {
        if (Double.isNaN(d)) {
            throw new IllegalArgumentException("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new ArithmeticException("cannot convert float infinity to integer");
        }
        return new BigDecimal(d).toBigInteger();
    }
}
