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
    Set<String> ignored(String dir, List<String> names) throws IOException;
}
