package org.osprey.os.path;

/** What {@link OsPath#split} returns: Python's {@code (head, tail)}. */
public record Split(String head, String tail) {
}
