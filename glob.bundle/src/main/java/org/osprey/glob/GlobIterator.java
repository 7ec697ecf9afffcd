package org.osprey.glob;

import org.osprey.os.CloseableIterator;

/**
 * What {@link Glob#iglob} returns: the matches, found lazily one directory at a time (like Python's
 * generator). A directory is read whole and closed before anything is yielded from it, so at most one
 * directory is open, and only inside {@link #next()}/{@link #hasNext()}. {@link #close()} drops what is
 * left (Python's {@code generator.close()}); use try-with-resources.
 */
public interface GlobIterator extends CloseableIterator<String> {
}
