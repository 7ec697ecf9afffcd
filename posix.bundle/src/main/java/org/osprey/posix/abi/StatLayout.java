package org.osprey.posix.abi;

import java.nio.ByteBuffer;

import org.osprey.os.StatResult;

/**
 * Where each field of {@code struct stat} sits, written out per ABI from the system headers rather than taken
 * from jnr-posix, whose hand-written layouts have been wrong on aarch64 Linux and Apple Silicon. The buffer is
 * in native byte order.
 */
public enum StatLayout {
    /** glibc/musl {@code struct stat} on x86_64 (the kernel's {@code struct stat}, 144 bytes). */
    LINUX_X86_64 {
        @Override
        public StatResult read(ByteBuffer b) {
            return new StatResult(b.getInt(24), b.getLong(8), b.getLong(0), b.getLong(16), u32(b, 28), u32(b, 32),
                    b.getLong(48), ns(b, 72), ns(b, 88), ns(b, 104), b.getLong(64), b.getLong(56), b.getLong(40), 0,
                    Long.MIN_VALUE);
        }
    },
    /** The asm-generic {@code struct stat} of aarch64 Linux (128 bytes): 32-bit nlink and blksize. */
    LINUX_AARCH64 {
        @Override
        public StatResult read(ByteBuffer b) {
            return new StatResult(b.getInt(16), b.getLong(8), b.getLong(0), u32(b, 20), u32(b, 24), u32(b, 28),
                    b.getLong(48), ns(b, 72), ns(b, 88), ns(b, 104), b.getLong(64), b.getInt(56), b.getLong(32), 0,
                    Long.MIN_VALUE);
        }
    },
    /**
     * macOS {@code struct stat} with 64-bit inodes (arm64, and x86_64 through the {@code $INODE64} symbols):
     * 32-bit signed dev_t, 16-bit mode and nlink, four timespecs including the birth time, then st_flags.
     */
    DARWIN_INODE64 {
        @Override
        public StatResult read(ByteBuffer b) {
            return new StatResult(b.getShort(4) & 0xffff, b.getLong(8), b.getInt(0), b.getShort(6) & 0xffff,
                    u32(b, 16), u32(b, 20), b.getLong(96), ns(b, 32), ns(b, 48), ns(b, 64), b.getLong(104),
                    b.getInt(112), b.getInt(24), u32(b, 116), ns(b, 80));
        }
    };

    /** Reads a {@code struct stat} that starts at index 0 of {@code b}. */
    public abstract StatResult read(ByteBuffer b);

    private static long u32(ByteBuffer b, int offset) {
        return b.getInt(offset) & 0xffff_ffffL;
    }

    /** A {@code struct timespec} (64-bit seconds and nanoseconds on every ABI served) as ns since the epoch. */
    private static long ns(ByteBuffer b, int offset) {
        return b.getLong(offset) * 1_000_000_000L + b.getLong(offset + 8);
    }
}
