package org.osprey.shutil;

import java.io.IOException;

/** Python's {@code copy_function} argument of {@code copytree} and {@code move}: copies one file, like copy2. */
@FunctionalInterface
public interface CopyFunction {
    /**
     * Copies {@code src} to {@code dst}; returns the path written.
     *
     * @param src the source path
     * @param dst the destination path
     * @return the path written
     * @throws IOException if the copy fails
     */
    String copy(String src, String dst) throws IOException;
}
