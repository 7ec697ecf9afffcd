package org.osprey.os;

import java.util.List;

/**
 * One step of {@link Os#fwalk}: Python's {@code (dirpath, dirnames, filenames, dirfd)}. {@code dirfd} is open
 * on {@code dirpath} until the walk moves on (or is closed): use it, never close it. Top-down, removing names
 * from {@code dirnames} before asking for the next step prunes those directories, as in Python.
 */
public record FwalkEntry(String dirpath, List<String> dirnames, List<String> filenames, int dirfd) {
}
