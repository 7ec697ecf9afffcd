package org.osprey.mmap;

import java.util.Map;

import org.osprey.mmap.internal.MmapImpl;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * Python's {@code mmap} module over the {@link Os} API: memory maps of files and of anonymous memory, as
 * {@link MemoryMap}s. {@link #get()} serves the running platform's {@code os}; in an OSGi framework the same type
 * is also a Declarative Services component bound to the highest-ranked {@code Os} service. The platform's
 * constants ({@code PROT_*}, {@code MAP_*}, {@code MADV_*}) come from the provider, as their values differ
 * between Linux and macOS; the {@code ACCESS_*} values are CPython's everywhere.
 */
public interface Mmap {
    /** {@code mmap.ACCESS_DEFAULT}: {@code flags} and {@code prot} decide. */
    int ACCESS_DEFAULT = 0;
    /** {@code mmap.ACCESS_READ}: read-only, shared. */
    int ACCESS_READ = 1;
    /** {@code mmap.ACCESS_WRITE}: write-through, shared with every process that maps the file. */
    int ACCESS_WRITE = 2;
    /** {@code mmap.ACCESS_COPY}: copy-on-write, private: writes never reach the file. */
    int ACCESS_COPY = 3;

    /** {@code mmap} over {@link Os#get()}. */
    static Mmap get() {
        return of(Os.get());
    }

    /** {@code mmap} over the given {@code os}. */
    static Mmap of(Os os) {
        return new MmapImpl(os);
    }

    /** {@code mmap.mmap(fileno, length)}: with {@link MmapOptions#DEFAULT}. */
    MemoryMap mmap(int fileno, long length) throws OsException;

    /**
     * {@code mmap.mmap(fileno, length, flags, prot, access, offset, trackfd=...)}: maps {@code length} bytes of
     * the file open as {@code fileno} from {@code offset} ({@code length} 0: to the end of the file), or
     * {@code length} bytes of anonymous memory for {@code fileno} -1.
     *
     * @throws IllegalArgumentException Python's {@code ValueError}: an empty file, a length or offset beyond its
     *         end, an unknown access, {@code access} together with {@code flags} or {@code prot}
     * @throws ArithmeticException Python's {@code OverflowError}: a negative length or offset
     * @throws OsException the {@code mmap(2)} error (an offset that is not a multiple of the allocation
     *         granularity is {@code EINVAL}, a bad descriptor {@code EBADF})
     * @throws UnsupportedOperationException where the provider cannot map memory, or not this map
     */
    MemoryMap mmap(int fileno, long length, MmapOptions options) throws OsException;

    /** {@code mmap.PAGESIZE}. */
    int PAGESIZE();

    /** {@code mmap.ALLOCATIONGRANULARITY}: what an offset must be a multiple of. */
    int ALLOCATIONGRANULARITY();

    /** {@code mmap.PROT_READ}. */
    int PROT_READ();

    /** {@code mmap.PROT_WRITE}. */
    int PROT_WRITE();

    /** {@code mmap.MAP_SHARED}. */
    int MAP_SHARED();

    /** {@code mmap.MAP_PRIVATE}. */
    int MAP_PRIVATE();

    /**
     * Every constant of the platform's {@code mmap} module but {@code ACCESS_*}: {@code PROT_*}, {@code MAP_*},
     * {@code MADV_*} (those the platform has), {@code PAGESIZE}, {@code ALLOCATIONGRANULARITY}; sorted by name.
     */
    Map<String, Integer> constants();
}
