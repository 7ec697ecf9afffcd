package org.osprey.os.internal;

import java.util.Objects;

/** Argument checks done once, in the API, before any provider or native call sees the argument. */
final class Args {
    private Args() {
    }

    /**
     * Python's TypeError for {@code None} where a value is wanted: a {@link NullPointerException} naming the function
     * and the parameter, before any work. The names are constants: nothing is allocated unless it throws.
     */
    static <T> T nonNull(String function, String name, T value) {
        if (value == null) {
            throw new NullPointerException(function + ": " + name + " is null");
        }
        return value;
    }

    /** Python's ValueError for a NUL in a path; a null path is Python's TypeError. */
    static String path(String function, String path) {
        return path(function, "path", path);
    }

    /** {@link #path(String, String)} of the parameter {@code name}, which the messages name. */
    static String path(String function, String name, String path) {
        if (path == null) {
            throw new NullPointerException(function + ": " + name + " is null");
        }
        if (path.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(function + ": embedded null character in " + name);
        }
        return path;
    }

    /**
     * A uid_t or gid_t as CPython's converter takes it: 0 to 2**32-1, or -1; both -1 and 2**32-1 are
     * {@code (uid_t)-1}, returned as -1 ("leave unchanged" where a call gives it that meaning; else the system's
     * EINVAL). Anything else is Python's OverflowError, an {@link ArithmeticException} here.
     */
    static long id(String function, long id) {
        if (id < -1) {
            throw new ArithmeticException(function + ": id is less than minimum: " + id);
        }
        if (id > 0xffff_ffffL) {
            throw new ArithmeticException(function + ": id is greater than maximum: " + id);
        }
        return id == 0xffff_ffffL ? -1 : id;
    }

    /** A C {@code int}, as Python's {@code "i"} conversion takes it (OverflowError otherwise). */
    static long cInt(String function, long value) {
        if (value != (int) value) {
            throw new ArithmeticException(function + ": Python int too large to convert to C int: " + value);
        }
        return value;
    }

    /** A pid_t: the native call takes an {@code int} (Python's OverflowError otherwise). */
    static long pid(String function, long pid) {
        if (pid != (int) pid) {
            throw new ArithmeticException(function + ": pid out of range: " + pid);
        }
        return pid;
    }

    static String envValue(String value) {
        Objects.requireNonNull(value, "environment variable value is null");
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character in environment variable value");
        }
        return value;
    }

    /** Python's ValueError for a negative byte count. */
    static int count(String function, int n) {
        return (int) count(function, (long) n);
    }

    static long count(String function, long n) {
        if (n < 0) {
            throw new IllegalArgumentException(function + ": negative count " + n);
        }
        return n;
    }
}
