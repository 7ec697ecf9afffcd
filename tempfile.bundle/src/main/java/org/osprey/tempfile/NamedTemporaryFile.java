package org.osprey.tempfile;

import java.io.IOException;

/**
 * What {@code tempfile.NamedTemporaryFile} returns: a {@link TemporaryFile} with a name on disk.
 *
 * <p>Python tells {@code f.close()} from leaving {@code with f:}; in Java the {@code with} block is
 * try-with-resources, so {@link #close()} is leaving the block and {@link #closeFile()} is Python's
 * {@code close()}. With {@code delete} (the default) the file is removed by {@link #close()}, and also by
 * {@link #closeFile()} when {@code delete_on_close} (the default); with {@code delete_on_close=False} it survives
 * {@link #closeFile()} so that it can be reopened by name until {@link #close()}. With {@code delete=False} it is
 * never removed. As in CPython, an object collected by the garbage collector before {@link #close()} is closed
 * and (with {@code delete}) removed then, without a warning.
 */
public interface NamedTemporaryFile extends TemporaryFile {
    /**
     * {@code name}: the absolute path of the file.
     *
     * @return the path
     */
    String name();

    /**
     * {@code name} as {@code bytes}: what Python's is when the file was made with {@code bytes} arguments
     * ({@link BytesNamedTempOptions}), the file-system encoding of {@link #name()} in any case.
     *
     * @return the path as bytes
     */
    byte[] nameb();

    /**
     * Python's {@code f.close()}: closes the descriptor (once), and removes the file if both {@code delete} and
     * {@code delete_on_close}.
     *
     * @throws IOException if closing or removing fails
     */
    void closeFile() throws IOException;

    /**
     * Leaving Python's {@code with} block ({@code __exit__}): closes the descriptor if still open and removes the
     * file if {@code delete}; a file already gone is no error. Later calls do nothing.
     */
    @Override
    void close() throws IOException;
}
