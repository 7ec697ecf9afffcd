package org.osprey.tempfile;

import java.io.IOException;

/**
 * What {@code tempfile.NamedTemporaryFile('w+', ...)} returns: a {@link TemporaryTextFile} with a name on disk,
 * closed and removed as {@link NamedTemporaryFile} explains ({@link #close()} is leaving the {@code with} block,
 * {@link #closeFile()} is Python's {@code close()}).
 */
public interface NamedTemporaryTextFile extends TemporaryTextFile {
    /**
     * {@code name}: the absolute path of the file.
     *
     * @return the path
     */
    String name();

    /**
     * {@code name} as {@code bytes}; see {@link NamedTemporaryFile#nameb()}.
     *
     * @return the path as bytes
     */
    byte[] nameb();

    /**
     * Python's {@code f.close()}; see {@link NamedTemporaryFile#closeFile()}.
     *
     * @throws IOException if closing or removing fails
     */
    void closeFile() throws IOException;

    /** Leaving Python's {@code with} block; see {@link NamedTemporaryFile#close()}. */
    @Override
    void close() throws IOException;
}
