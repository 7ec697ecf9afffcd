package org.osprey.os.internal;

/** Float seconds to nanoseconds as CPython converts {@code os.utime}'s times: rounded toward minus infinity. */
final class Times {
    private static final double NS_PER_SECOND = 1e9;

    private Times() {
    }

    /** CPython's {@code _PyTime_ObjectToTimespec(..., _PyTime_ROUND_FLOOR)}, as nanoseconds since the epoch. */
    static long floorNs(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new IllegalArgumentException("Invalid value NaN (not a number)");
        }
        double whole = seconds < 0 ? Math.ceil(seconds) : Math.floor(seconds); // C's modf
        double fraction = Math.floor((seconds - whole) * NS_PER_SECOND);
        if (fraction >= NS_PER_SECOND) {
            fraction -= NS_PER_SECOND;
            whole += 1.0;
        } else if (fraction < 0) {
            fraction += NS_PER_SECOND;
            whole -= 1.0;
        }
        if (!(whole >= Long.MIN_VALUE / 1_000_000_000L && whole <= Long.MAX_VALUE / 1_000_000_000L - 1)) {
            throw new IllegalArgumentException("timestamp out of range: " + seconds);
        }
        return (long) whole * 1_000_000_000L + (long) fraction;
    }
}
