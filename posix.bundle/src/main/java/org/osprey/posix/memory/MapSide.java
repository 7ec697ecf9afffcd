package org.osprey.posix.memory;

import java.util.HashMap;
import java.util.Map;

import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.PageManager;

import org.osprey.os.OsException;
import org.osprey.os.spi.MemoryMaps.Mapping;
import org.osprey.posix.abi.MapConstants;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.natives.MapCalls;
import org.osprey.posix.natives.NativeDoor;

/** The native side of memory maps: {@code mmap(2)} and its kin, bound through the provider's door on first use. */
public final class MapSide {
    final MapCalls calls;
    final ErrnoTranslator errors;
    final MapConstants constants;
    final MemoryIO memory;
    private final int pageSize;

    private MapSide(NativeDoor door) {
        this.calls = MapCalls.of(door);
        this.errors = door.errors();
        this.constants = door.variant().mapConstants();
        this.memory = door.natives().memory();
        this.pageSize = (int) PageManager.getInstance().pageSize();
    }

    /** The side bound through the provider's door (bound by the first caller). */
    public static MapSide of(NativeDoor door) {
        return door.part(MapSide.class, MapSide::new);
    }

    /** Python's {@code mmap} constants; the allocation granularity is the page size on POSIX. */
    public Map<String, Integer> pythonConstants() {
        Map<String, Integer> all = new HashMap<>(constants.python());
        all.put("PAGESIZE", pageSize);
        all.put("ALLOCATIONGRANULARITY", pageSize);
        return all;
    }

    public Mapping map(int fd, long length, int flags, int prot, long offset) throws OsException {
        long address = calls.mmap(0, length, prot, flags, fd, offset);
        if (address == MapCalls.MAP_FAILED) {
            throw errors.last(null);
        }
        int write = constants.python().get("PROT_WRITE");
        boolean sharedAnonymous = (fd == -1 || (flags & constants.python().get("MAP_ANONYMOUS")) != 0)
                && (flags & constants.python().get("MAP_SHARED")) != 0;
        return new NativeMapping(this, new Span(this, address, length), prot, flags, sharedAnonymous);
    }

    /** Throws this thread's last error if {@code rc} is -1. */
    void check(long rc) throws OsException {
        if (rc == -1) {
            throw errors.last(null);
        }
    }
}
