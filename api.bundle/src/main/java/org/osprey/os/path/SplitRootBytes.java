package org.osprey.os.path;

/**
 * What {@link OsPath#splitroot(byte[])} returns: Python's {@code (drive, root, tail)} of {@code bytes}.
 * Equal to another of the same bytes, as Python's tuples are.
 */
public record SplitRootBytes(byte[] drive, byte[] root, byte[] tail) {
    @Override
    public boolean equals(Object other) {
        return other instanceof SplitRootBytes o
                && BytesTuple.equal(new byte[][] {drive, root, tail}, new byte[][] {o.drive, o.root, o.tail});
    }

    @Override
    public int hashCode() {
        return BytesTuple.hash(drive, root, tail);
    }

    @Override
    public String toString() {
        return BytesTuple.toString(this, drive, root, tail);
    }
}
