package org.osprey.os;

/**
 * The pair of CPython's {@code nt._getdiskusage(path)} (Windows): the volume's size and its free bytes, in bytes.
 *
 * @param total the volume's size
 * @param free the bytes free on it, quotas aside
 */
public record DiskSpace(long total, long free) {
}
