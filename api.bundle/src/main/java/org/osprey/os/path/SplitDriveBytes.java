package org.osprey.os.path;

/**
 * What {@link OsPath#splitdrive(byte[])} returns: Python's {@code (drive, tail)} of {@code bytes}.
 * Equal to another of the same bytes, as Python's tuples are.
 */
public record SplitDriveBytes(byte[] drive, byte[] tail) {
    @Override
    public boolean equals(Object other) {
        return other instanceof SplitDriveBytes o
                && BytesTuple.equal(new byte[][] {drive, tail}, new byte[][] {o.drive, o.tail});
    }

    @Override
    public int hashCode() {
        return BytesTuple.hash(drive, tail);
    }

    @Override
    public String toString() {
        return BytesTuple.toString(this, drive, tail);
    }
}
