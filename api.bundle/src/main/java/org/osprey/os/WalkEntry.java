package org.osprey.os;

import java.util.List;

/**
 * One step of {@link Os#walk}: Python's {@code (dirpath, dirnames, filenames)}. When walking top-down,
 * removing names from {@code dirnames} before asking for the next step prunes those directories, as in Python.
 */
public record WalkEntry(String dirpath, List<String> dirnames, List<String> filenames) {
}
