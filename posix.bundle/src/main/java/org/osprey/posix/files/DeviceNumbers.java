package org.osprey.posix.files;

/**
 * Device numbers as each platform packs them into {@code dev_t}: glibc's 64-bit layout (12+20 bits of the
 * major, 8+24 of the minor, interleaved, as in {@code <sys/sysmacros.h>}) and macOS's 32-bit one (8-bit major,
 * 24-bit minor, as in {@code <sys/types.h>}). Pure arithmetic: the C versions are macros or inline functions.
 */
public enum DeviceNumbers {
    LINUX {
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
    },
    DARWIN {
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
    };

    public abstract long major(long dev);

    public abstract long minor(long dev);

    public abstract long makedev(int major, int minor);
}
