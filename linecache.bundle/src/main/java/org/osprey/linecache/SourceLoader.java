package org.osprey.linecache;

import java.io.IOException;

/**
 * What {@code linecache} gets from a module's {@code __loader__.get_source(name)} in Python: the source text of
 * a module that has no readable file, split into lines by {@code linecache} (at Python's
 * {@code str.splitlines} boundaries, each line ending in {@code "\n"}).
 */
@FunctionalInterface
public interface SourceLoader {
    /**
     * The whole source text, or null when the loader cannot find it (the lines are then empty). An
     * {@link IOException} is Python's {@code OSError}/{@code ImportError}: the file path is searched instead.
     *
     * @return the source, or null
     * @throws IOException if the source cannot be read
     */
    String source() throws IOException;
}
