package org.osprey.tempfile;

import java.io.IOException;

/**
 * What {@code tempfile.TemporaryDirectory} returns: a new directory that {@link #close()} (leaving the
 * {@code with} block, try-with-resources) removes with everything in it, unless created with
 * {@code delete=False}. Removal never follows a symlink out of the tree, and gets past read-only files and
 * directories inside it by giving their parent (and a directory itself) mode {@code 0o700} and trying again.
 * As in CPython, an object collected by the garbage collector before {@link #cleanup()} removes its tree then
 * (unless {@code delete=False}) and logs the warning {@code Implicitly cleaning up <TemporaryDirectory '...'>};
 * {@code toString()} is that {@code repr()}.
 */
public interface TemporaryDirectory extends AutoCloseable {
    /**
     * {@code name}: the absolute path of the directory (what {@code with ... as name} binds).
     *
     * @return the path
     */
    String name();

    /**
     * {@code name} as {@code bytes}: what Python's is when the directory was made with {@code bytes} arguments
     * ({@link BytesTempDirOptions}), the file-system encoding of {@link #name()} in any case.
     *
     * @return the path as bytes
     */
    byte[] nameb();

    /**
     * {@code cleanup()}: removes the tree now, whatever {@code delete} says; later calls only act if the path
     * exists again. With {@code ignore_cleanup_errors} nothing is thrown.
     *
     * @throws IOException if the tree cannot be removed, unless {@code ignore_cleanup_errors}
     */
    void cleanup() throws IOException;

    /** Leaving the {@code with} block: {@link #cleanup()} unless {@code delete=False}. */
    @Override
    void close() throws IOException;
}
