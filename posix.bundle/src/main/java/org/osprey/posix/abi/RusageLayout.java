package org.osprey.posix.abi;

import java.nio.ByteBuffer;

import org.osprey.os.Rusage;

/**
 * {@code struct rusage} of LP64 Linux and macOS alike: two {@code struct timeval} (a 64-bit {@code tv_sec}, then
 * {@code tv_usec}: 64 bits on Linux, 32 bits padded to 64 on macOS, so its low 32 bits are read) and fourteen
 * {@code long} counters.
 */
public final class RusageLayout {
    public static final int SIZE = 144;
    static final int UTIME = 0;
    static final int STIME = 16;
    static final int COUNTERS = 32;
    static final int COUNTER_COUNT = 14;
    private static final byte[] ZEROS = new byte[SIZE];

    private RusageLayout() {
    }

    /** The structure at index {@code at} of {@code b} (native byte order). */
    public static Rusage read(ByteBuffer b, int at) {
        long[] c = new long[COUNTER_COUNT];
        for (int i = 0; i < c.length; i++) {
            c[i] = b.getLong(at + COUNTERS + i * Long.BYTES);
        }
        return new Rusage(seconds(b, at + UTIME), seconds(b, at + STIME), c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
    }

    /**
     * Zeroes the structure at index {@code at}: a {@code WNOHANG} wait that finds no child ready leaves it
     * untouched, and its result must then be all zeros, not what the buffer held (CPython's bpo-36279).
     */
    public static void clear(ByteBuffer b, int at) {
        b.put(at, ZEROS);
    }

    /** A {@code struct timeval} as float seconds, as Python's {@code resource} module makes it. */
    private static double seconds(ByteBuffer b, int at) {
        return b.getLong(at) + b.getInt(at + Long.BYTES) * 1e-6;
    }
}
