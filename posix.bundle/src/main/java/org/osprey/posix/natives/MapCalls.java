package org.osprey.posix.natives;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.LONG;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.SIZE;

import java.util.Set;

/** The C library's memory-map calls, bound on first use; {@code mremap} is Linux's alone. */
public final class MapCalls {
    /** {@code mmap}'s failure, {@code (void *) -1}. */
    public static final long MAP_FAILED = -1L;

    private final CFunction mmap;
    private final CFunction munmap;
    private final CFunction msync;
    private final CFunction madvise;
    private final CFunction mremap;

    MapCalls(Binder b) {
        mmap = b.function("mmap", POINTER, POINTER, SIZE, INT, INT, INT, LONG);
        munmap = b.function("munmap", INT, POINTER, SIZE);
        msync = b.function("msync", INT, POINTER, SIZE, INT);
        madvise = b.function("madvise", INT, POINTER, SIZE, INT);
        mremap = b.variadic("mremap", 4, POINTER, POINTER, SIZE, SIZE, INT);
    }

    /** The bound calls. */
    public static MapCalls of(NativeDoor door) {
        return door.bind(MapCalls.class, MapCalls::new, Set.of("mremap"));
    }

    public long mmap(long addr, long length, int prot, int flags, int fd, long offset) {
        return mmap.call(addr, length, prot, flags, fd, offset);
    }

    public int munmap(long addr, long length) {
        return (int) munmap.call(addr, length);
    }

    public int msync(long addr, long length, int flags) {
        return (int) msync.call(addr, length, flags);
    }

    public int madvise(long addr, long length, int advice) {
        return (int) madvise.call(addr, length, advice);
    }

    /** Whether this C library has {@code mremap} (Linux). */
    public boolean canRemap() {
        return mremap.exists();
    }

    public long mremap(long oldAddr, long oldLength, long newLength, int flags) {
        return mremap.call(oldAddr, oldLength, newLength, flags);
    }
}
