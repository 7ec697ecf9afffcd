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

    /**
     * {@return {@code mmap} over {@link Os#get()}}
     *
     * @throws org.osprey.os.NoProviderException while no provider serves, as {@link Os#get()}
     */
    static Mmap get() {
        return of(Os.get());
    }

    /**
     * {@return {@code mmap} over the given {@code os}}
     *
     * @param os the {@code os} whose provider maps the memory
     */
    static Mmap of(Os os) {
        return new MmapImpl(os);
    }

    /**
     * Maps {@code length} bytes of {@code fileno} with Python's defaults ({@link MmapOptions#DEFAULT}): shared,
     * readable and writable, from offset 0. Mirrors {@code mmap.mmap(fileno, length)}.
     *
     * @param fileno the open file to map, or -1 for anonymous memory
     * @param length how many bytes to map; 0 maps the whole file
     * @return the new map, open until {@link MemoryMap#close()}
     * @throws OsException the {@code mmap(2)} error, or {@code EBADF} for a bad descriptor
     * @throws IllegalArgumentException Python's {@code ValueError}: an empty file, a length beyond its end
     * @throws ArithmeticException Python's {@code OverflowError}: a negative length
     * @throws UnsupportedOperationException where the provider cannot map memory, or not this map
     */
    MemoryMap mmap(int fileno, long length) throws OsException;

    /**
     * Maps {@code length} bytes of the file open as {@code fileno} from {@code offset} ({@code length} 0: to the
     * end of the file), or {@code length} bytes of anonymous memory for {@code fileno} -1. Mirrors
     * {@code mmap.mmap(fileno, length, flags, prot, access, offset, trackfd=...)}.
     *
     * @param fileno the open file to map, or -1 for anonymous memory
     * @param length how many bytes to map; 0 maps from {@code offset} to the end of the file
     * @param options the keyword arguments
     * @return the new map, open until {@link MemoryMap#close()}
     * @throws IllegalArgumentException Python's {@code ValueError}: an empty file, a length or offset beyond its
     *         end, an unknown access, {@code access} together with {@code flags} or {@code prot}
     * @throws ArithmeticException Python's {@code OverflowError}: a negative length or offset
     * @throws OsException the {@code mmap(2)} error (an offset that is not a multiple of the allocation
     *         granularity is {@code EINVAL}, a bad descriptor {@code EBADF})
     * @throws UnsupportedOperationException where the provider cannot map memory, or not this map
     */
    MemoryMap mmap(int fileno, long length, MmapOptions options) throws OsException;

    /** {@return {@code mmap.PAGESIZE}, the size of a memory page in bytes} */
    int PAGESIZE();

    /** {@return {@code mmap.ALLOCATIONGRANULARITY}, what an offset must be a multiple of} */
    int ALLOCATIONGRANULARITY();

    /** {@return {@code mmap.PROT_READ}, the platform's value} */
    int PROT_READ();

    /** {@return {@code mmap.PROT_WRITE}, the platform's value} */
    int PROT_WRITE();

    /** {@return {@code mmap.MAP_SHARED}, the platform's value} */
    int MAP_SHARED();

    /** {@return {@code mmap.MAP_PRIVATE}, the platform's value} */
    int MAP_PRIVATE();

    /**
     * Every constant of the platform's {@code mmap} module but {@code ACCESS_*}: {@code PROT_*}, {@code MAP_*},
     * {@code MADV_*} (those the platform has), {@code PAGESIZE}, {@code ALLOCATIONGRANULARITY}. An Osprey
     * extension: Python has them as the module's attributes, as {@code mmap.MADV_DONTNEED}.
     *
     * @return an unmodifiable map from each constant's name to its value, sorted by name
     */
    Map<String, Integer> constants();
}
