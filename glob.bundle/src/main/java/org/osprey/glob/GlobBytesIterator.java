package org.osprey.glob;

import org.osprey.os.CloseableIterator;

/**
 * What {@link Glob#iglob(byte[], GlobOptions)} returns: {@link GlobIterator}'s lazy matches as {@code bytes}, each
 * the exact bytes of its file name. Close it (try-with-resources).
 */
public interface GlobBytesIterator extends CloseableIterator<byte[]> {
}
