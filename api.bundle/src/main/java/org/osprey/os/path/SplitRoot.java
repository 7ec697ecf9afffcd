package org.osprey.os.path;

/** What {@link OsPath#splitroot} returns: Python's {@code (drive, root, tail)}. */
public record SplitRoot(String drive, String root, String tail) {
}
