package org.osprey.shutil;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code ignore} argument of {@code copytree}: given a directory being copied and the names in it, the names
 * not to copy. {@link Shutil#ignorePatterns} makes one from glob-style patterns.
 */
@FunctionalInterface
public interface Ignore {
    /**
     * {@return the names not to copy} Python's {@code ignore(src, names)}.
     *
     * @param dir the directory being copied
     * @param names the names in it
     * @throws IOException if the names cannot be examined
     */
    Set<String> ignored(String dir, List<String> names) throws IOException;
}
