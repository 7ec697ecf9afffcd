package org.osprey.posix.files;

/**
 * Device numbers as a platform packs them into {@code dev_t} (each variant has its own). Pure arithmetic: the C
 * versions are macros or inline functions.
 */
public interface DeviceNumbers {
    long major(long dev);

    long minor(long dev);

    long makedev(int major, int minor);
}
