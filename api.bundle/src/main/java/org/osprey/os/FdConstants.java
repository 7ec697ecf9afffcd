package org.osprey.os;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The running platform's file-descriptor constants: Python's {@code os.O_*}, {@code os.SEEK_*},
 * {@code os.F_LOCK}/{@code F_TLOCK}/{@code F_ULOCK}/{@code F_TEST} and {@code os.POSIX_FADV_*}.
 *
 * <p>Their values differ between platforms ({@code O_CREAT} is 0x40 on Linux and 0x200 on macOS;
 * {@code SEEK_DATA} is 3 on Linux and 4 on macOS), so they cannot be Java compile-time constants: read them
 * from {@link Os#fdConstants()}, which holds exactly the names the running platform defines, as Python's
 * {@code os} module does. A name the platform lacks (such as {@code O_DIRECT} or any {@code POSIX_FADV_*} on
 * macOS) is absent: {@link #find} returns empty and {@link #get} throws, never a value borrowed from another
 * platform. The accessors named like the constants are for the ones every POSIX system has.
 */
public final class FdConstants {
    private final Map<String, Integer> values;

    /** The constants of one platform, by Python name. */
    public FdConstants(Map<String, Integer> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Every constant the platform defines, by name, sorted by name. */
    public Map<String, Integer> asMap() {
        return values;
    }

    /** Whether the platform defines {@code name} (Python's {@code hasattr(os, name)}). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of {@code name}, or empty where the platform does not define it. */
    public OptionalInt find(String name) {
        Integer value = values.get(name);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * The value of {@code name}.
     *
     * @throws UnsupportedOperationException if the running platform does not define it
     */
    public int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new UnsupportedOperationException("os." + name + " is not defined on this platform");
        }
        return value;
    }

    public int O_RDONLY() {
        return get("O_RDONLY");
    }

    public int O_WRONLY() {
        return get("O_WRONLY");
    }

    public int O_RDWR() {
        return get("O_RDWR");
    }

    public int O_ACCMODE() {
        return get("O_ACCMODE");
    }

    public int O_APPEND() {
        return get("O_APPEND");
    }

    public int O_CREAT() {
        return get("O_CREAT");
    }

    public int O_EXCL() {
        return get("O_EXCL");
    }

    public int O_TRUNC() {
        return get("O_TRUNC");
    }

    public int O_NONBLOCK() {
        return get("O_NONBLOCK");
    }

    public int O_NOCTTY() {
        return get("O_NOCTTY");
    }

    public int O_NOFOLLOW() {
        return get("O_NOFOLLOW");
    }

    public int O_DIRECTORY() {
        return get("O_DIRECTORY");
    }

    public int O_CLOEXEC() {
        return get("O_CLOEXEC");
    }

    public int O_SYNC() {
        return get("O_SYNC");
    }

    public int O_DSYNC() {
        return get("O_DSYNC");
    }

    public int SEEK_SET() {
        return get("SEEK_SET");
    }

    public int SEEK_CUR() {
        return get("SEEK_CUR");
    }

    public int SEEK_END() {
        return get("SEEK_END");
    }

    public int F_LOCK() {
        return get("F_LOCK");
    }

    public int F_TLOCK() {
        return get("F_TLOCK");
    }

    public int F_ULOCK() {
        return get("F_ULOCK");
    }

    public int F_TEST() {
        return get("F_TEST");
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
