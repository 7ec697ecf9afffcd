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
     * A uid_t or gid_t: 0 to 2**32-2, and -1 ("leave unchanged") only where the call gives it that meaning;
     * anything else is Python's OverflowError, an {@link ArithmeticException} here.
     */
    static long id(String function, long id, boolean minusOneKeeps) {
        if ((id == -1 && !minusOneKeeps) || id < -1) {
            throw new ArithmeticException(function + ": id is less than minimum: " + id);
        }
        if (id >= 0xffff_ffffL) {
            throw new ArithmeticException(function + ": id is greater than maximum: " + id);
        }
        return id;
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
