package org.osprey.posix.abi;

import java.util.OptionalLong;

import com.kenai.jffi.MemoryIO;
import org.osprey.os.StatResult;

/**
 * Where each field of {@code struct stat} sits, written out per ABI from the system headers rather than taken
 * from jnr-posix, whose hand-written layouts have been wrong on aarch64 Linux and Apple Silicon. Fields are read
 * in native byte order.
 */
public enum StatLayout {
    /** glibc/musl {@code struct stat} on x86_64 (the kernel's {@code struct stat}, 144 bytes). */
    LINUX_X86_64 {
        @Override
        public StatResult read(long b) {
            return new StatResult(i32(b, 24), i64(b, 8), i64(b, 0), i64(b, 16), u32(b, 28), u32(b, 32),
                    i64(b, 48), ns(b, 72), ns(b, 88), ns(b, 104), i64(b, 64), i64(b, 56), i64(b, 40), 0,
                    Long.MIN_VALUE);
        }
    },
    /** The asm-generic {@code struct stat} of aarch64 Linux (128 bytes): 32-bit nlink and blksize. */
    LINUX_AARCH64 {
        @Override
        public StatResult read(long b) {
            return new StatResult(i32(b, 16), i64(b, 8), i64(b, 0), u32(b, 20), u32(b, 24), u32(b, 28),
                    i64(b, 48), ns(b, 72), ns(b, 88), ns(b, 104), i64(b, 64), i32(b, 56), i64(b, 32), 0,
                    Long.MIN_VALUE);
        }
    },
    /**
     * macOS {@code struct stat} with 64-bit inodes (arm64, and x86_64 through the {@code $INODE64} symbols):
     * 32-bit signed dev_t, 16-bit mode and nlink, four timespecs including the birth time, then st_flags and
     * st_gen.
     */
    DARWIN_INODE64 {
        @Override
        public StatResult read(long b) {
            return new StatResult(i16(b, 4) & 0xffff, i64(b, 8), i32(b, 0), i16(b, 6) & 0xffff,
                    u32(b, 16), u32(b, 20), i64(b, 96), ns(b, 32), ns(b, 48), ns(b, 64), i64(b, 104),
                    i32(b, 112), i32(b, 24), u32(b, 116), ns(b, 80), OptionalLong.empty(), OptionalLong.empty(),
                    OptionalLong.of(u32(b, 120)));
        }
    };

    private static final MemoryIO MEMORY = MemoryIO.getInstance();

    /** Reads the {@code struct stat} at native address {@code b}. */
    public abstract StatResult read(long b);

    private static long i64(long b, int offset) {
        return MEMORY.getLong(b + offset);
    }

    private static int i32(long b, int offset) {
        return MEMORY.getInt(b + offset);
    }

    private static short i16(long b, int offset) {
        return MEMORY.getShort(b + offset);
    }

    private static long u32(long b, int offset) {
        return i32(b, offset) & 0xffff_ffffL;
    }

    /** A {@code struct timespec} (64-bit seconds and nanoseconds on every ABI served) as ns since the epoch. */
    private static long ns(long b, int offset) {
        return i64(b, offset) * 1_000_000_000L + i64(b, offset + 8);
    }
}
