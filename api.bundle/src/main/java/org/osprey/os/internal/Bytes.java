package org.osprey.os.internal;

/** Searches for a byte string in the first bytes of an array. */
final class Bytes {
    private Bytes() {
    }

    /** The first index of {@code sub} (not empty) in {@code data[0, n)}, or -1. */
    static int indexOf(byte[] data, int n, byte[] sub) {
        byte first = sub[0];
        int last = n - sub.length;
        for (int i = 0; i <= last; i++) {
            if (data[i] == first && matches(data, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of {@code sub} (not empty) in {@code data[0, n)}, or -1. */
    static int lastIndexOf(byte[] data, int n, byte[] sub) {
        byte first = sub[0];
        for (int i = n - sub.length; i >= 0; i--) {
            if (data[i] == first && matches(data, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] data, int at, byte[] sub) {
        return java.util.Arrays.equals(data, at, at + sub.length, sub, 0, sub.length);
    }
}
