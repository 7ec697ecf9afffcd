package org.osprey.os.path;

/** What {@link OsPath#splitext} returns: Python's {@code (root, ext)}. */
public record SplitExt(String root, String ext) {
}
