package org.osprey.posix.variant.darwin;

import org.osprey.posix.files.DeviceNumbers;

/** Device numbers in macOS's 32-bit layout (8-bit major, 24-bit minor, as in {@code <sys/types.h>}). */
final class DarwinDevices implements DeviceNumbers {
    @Override
    public long major(long dev) {
        return (dev >>> 24) & 0xff;
    }

    @Override
    public long minor(long dev) {
        return dev & 0xff_ffff;
    }

    /** {@code dev_t} is a signed 32-bit int on macOS: Python reports it sign-extended. */
    @Override
    public long makedev(int major, int minor) {
        return (major << 24) | minor;
    }
}
