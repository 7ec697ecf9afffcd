package org.osprey.platform;

/** The tuple {@code (major, minor, patchlevel)} of {@code platform.python_version_tuple()}: strings, as in Python. */
public record VersionTuple(String major, String minor, String patchlevel) {
}
