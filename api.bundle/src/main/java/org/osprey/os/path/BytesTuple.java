package org.osprey.os.path;

import java.util.Arrays;
import java.util.StringJoiner;

import org.osprey.os.PyRepr;

/** What the records of {@code bytes} pieces share: Python's tuple equality and a repr of the bytes. */
final class BytesTuple {
    private BytesTuple() {
    }

    static boolean equal(byte[][] a, byte[][] b) {
        return Arrays.deepEquals(a, b);
    }

    static int hash(byte[]... parts) {
        return Arrays.deepHashCode(parts);
    }

    /** {@code Name[first=b'..', second=b'..']}, as a record prints, with the pieces as Python shows bytes. */
    static String toString(Record r, byte[]... parts) {
        StringJoiner j = new StringJoiner(", ", r.getClass().getSimpleName() + "[", "]");
        var components = r.getClass().getRecordComponents();
        for (int i = 0; i < parts.length; i++) {
            j.add(components[i].getName() + "=" + PyRepr.repr(parts[i]));
        }
        return j.toString();
    }
}
