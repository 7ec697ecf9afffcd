package org.osprey.glob;

import java.util.Iterator;

/**
 * What {@link Glob#iglob(byte[], GlobOptions)} returns: {@link GlobIterator}'s lazy matches as {@code bytes}, each
 * the exact bytes of its file name. Close it (try-with-resources).
 */
public interface GlobBytesIterator extends Iterator<byte[]>, Iterable<byte[]>, AutoCloseable {
    @Override
    void close();

    @Override
    default Iterator<byte[]> iterator() {
        return this;
    }
}
