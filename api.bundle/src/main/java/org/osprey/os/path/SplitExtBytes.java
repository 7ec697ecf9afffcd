package org.osprey.os.path;

/**
 * What {@link OsPath#splitext(byte[])} returns: Python's {@code (root, ext)} of {@code bytes}.
 * Equal to another of the same bytes, as Python's tuples are.
 */
public record SplitExtBytes(byte[] root, byte[] ext) {
    @Override
    public boolean equals(Object other) {
        return other instanceof SplitExtBytes o
                && BytesTuple.equal(new byte[][] {root, ext}, new byte[][] {o.root, o.ext});
    }

    @Override
    public int hashCode() {
        return BytesTuple.hash(root, ext);
    }

    @Override
    public String toString() {
        return BytesTuple.toString(this, root, ext);
    }
}
