package org.osprey.os.spi;

import java.nio.ByteBuffer;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * Memory maps: the native part of Python's {@code mmap}. The API wraps each {@link Mapping} in a region that
 * guards every access against a concurrent {@link Mapping#close()} or {@link Mapping#resize(long)}, so a mapping
 * itself need not be thread-safe, and is never accessed after it was closed.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface MemoryMaps {
    /** Bytes per {@link Mapping#chunk}: each chunk but the last has exactly this many. */
    int CHUNK_SHIFT = 30;

    /**
     * The {@code mmap} module's constants with the platform's values: {@code PROT_*}, {@code MAP_*},
     * {@code MADV_*} that the platform has, {@code PAGESIZE} and {@code ALLOCATIONGRANULARITY}.
     */
    Map<String, Integer> mmapConstants();

    /**
     * Maps {@code length} bytes of {@code fd} from {@code offset} (or anonymous memory for {@code fd} -1), as
     * {@code mmap(2)} with {@code flags} and {@code prot}. The arguments are checked by the caller.
     */
    Mapping map(int fd, long length, int flags, int prot, long offset) throws OsException;

    /** One mapping; used by one thread at a time, never after {@link #close()}. */
    interface Mapping {
        long length();

        boolean writable();

        /**
         * Bytes {@code [i << CHUNK_SHIFT, ...)} of the mapping: a buffer that is valid until the mapping is closed
         * or resized, for the API's guarded accesses only; read-only where the mapping is.
         */
        ByteBuffer chunk(int i);

        void flush(long offset, long size) throws OsException;

        void madvise(long offset, long length, int advice) throws OsException;

        /** See {@link org.osprey.os.MappedRegion#resize(long)}. */
        void resize(long newLength) throws OsException;

        /** See {@link org.osprey.os.MappedRegion#buffer()}: a buffer that stays safe after close. */
        ByteBuffer view();

        /** Unmaps; called once. */
        void close() throws OsException;
    }
}
