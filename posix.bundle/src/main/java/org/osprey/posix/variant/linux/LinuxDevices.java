package org.osprey.posix.variant.linux;

import org.osprey.posix.files.DeviceNumbers;

/** Device numbers in glibc's 64-bit layout (12+20 bits of the major, 8+24 of the minor, interleaved, as in
 * {@code <sys/sysmacros.h>}). */
final class LinuxDevices implements DeviceNumbers {
    @Override
    public long major(long dev) {
        return ((dev >>> 8) & 0xfffL) | ((dev >>> 32) & 0xffff_f000L);
    }

    @Override
    public long minor(long dev) {
        return (dev & 0xffL) | ((dev >>> 12) & 0xffff_ff00L);
    }

    @Override
    public long makedev(int major, int minor) {
        long ma = Integer.toUnsignedLong(major);
        long mi = Integer.toUnsignedLong(minor);
        return (mi & 0xffL) | ((ma & 0xfffL) << 8) | ((mi & ~0xffL) << 12) | ((ma & ~0xfffL) << 32);
    }
}
