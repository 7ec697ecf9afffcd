package org.osprey.os.path;

/**
 * What {@link OsPath#split(byte[])} returns: Python's {@code (head, tail)} of {@code bytes}.
 * Equal to another of the same bytes, as Python's tuples are.
 */
public record SplitBytes(byte[] head, byte[] tail) {
    @Override
    public boolean equals(Object other) {
        return other instanceof SplitBytes o
                && BytesTuple.equal(new byte[][] {head, tail}, new byte[][] {o.head, o.tail});
    }

    @Override
    public int hashCode() {
        return BytesTuple.hash(head, tail);
    }

    @Override
    public String toString() {
        return BytesTuple.toString(this, head, tail);
    }
}
