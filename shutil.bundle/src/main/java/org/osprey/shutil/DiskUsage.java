package org.osprey.shutil;

/**
 * Python's {@code shutil.disk_usage} result, in bytes.
 *
 * @param total the size of the file system
 * @param used  the bytes in use
 * @param free  the bytes an unprivileged user may still use
 */
public record DiskUsage(long total, long used, long free) {
}
