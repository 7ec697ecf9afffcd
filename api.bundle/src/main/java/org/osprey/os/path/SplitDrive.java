package org.osprey.os.path;

/** What {@link OsPath#splitdrive} returns: Python's {@code (drive, tail)}. */
public record SplitDrive(String drive, String tail) {
}
