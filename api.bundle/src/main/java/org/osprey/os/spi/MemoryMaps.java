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
    /** Each {@link Mapping#chunk} but the last has exactly {@code 1 << CHUNK_SHIFT} bytes (1 GiB). */
    int CHUNK_SHIFT = 30;

    /**
     * The {@code mmap} module's constants with the platform's values: {@code PROT_*}, {@code MAP_*},
     * {@code MADV_*} that the platform has, {@code PAGESIZE} and {@code ALLOCATIONGRANULARITY}.
     *
     * @return each constant's name and value, in any order
     */
    Map<String, Integer> mmapConstants();

    /**
     * Maps {@code length} bytes of {@code fd} from {@code offset} (or anonymous memory for {@code fd} -1), as
     * {@code mmap(2)} with {@code flags} and {@code prot}. The arguments are checked by the caller.
     *
     * @param fd the open file to map, or -1
     * @param length how many bytes to map, not negative
     * @param flags {@code MAP_*} bits, this provider's values
     * @param prot {@code PROT_*} bits, this provider's values
     * @param offset where in the file the map starts, not negative
     * @return the new mapping, which the caller closes
     * @throws OsException if the map fails: the subclass for its errno
     * @throws UnsupportedOperationException where the provider cannot make this map
     */
    Mapping map(int fd, long length, int flags, int prot, long offset) throws OsException;

    /** One mapping; used by one thread at a time, never after {@link #close()}. */
    interface Mapping {
        /** {@return the mapped length in bytes} */
        long length();

        /** {@return whether the mapping was made with {@code PROT_WRITE}} */
        boolean writable();

        /**
         * Bytes {@code [i << CHUNK_SHIFT, ...)} of the mapping: a buffer that is valid until the mapping is closed
         * or resized, for the API's guarded accesses only; read-only where the mapping is.
         *
         * @param i the chunk's number, from 0
         * @return the chunk, at most {@code 1 << CHUNK_SHIFT} bytes
         */
        ByteBuffer chunk(int i);

        /**
         * Writes {@code [offset, offset + size)} back to the file, {@code msync(MS_SYNC)}; the caller has checked
         * that the range is inside the mapping.
         *
         * @param offset where the range starts
         * @param size the length of the range
         * @throws OsException if the sync fails ({@code EINVAL} for an offset that is not page-aligned)
         */
        void flush(long offset, long size) throws OsException;

        /**
         * {@code madvise(2)} of {@code [offset, offset + length)}; the caller has checked that the range is inside
         * the mapping.
         *
         * @param offset where the range starts
         * @param length the length of the range
         * @param advice one of this provider's {@code MADV_*} values
         * @throws OsException if {@code madvise} fails
         * @throws UnsupportedOperationException where the provider has no {@code madvise}
         */
        void madvise(long offset, long length, int advice) throws OsException;

        /**
         * See {@link org.osprey.os.MappedRegion#resize(long)}.
         *
         * @param newLength the new length, not negative
         * @throws OsException if the remap fails
         */
        void resize(long newLength) throws OsException;

        /**
         * See {@link org.osprey.os.MappedRegion#buffer()}: a buffer that stays safe after close.
         *
         * @return a new buffer over the whole mapping
         */
        ByteBuffer view();

        /**
         * Unmaps; called once.
         *
         * @throws OsException if the unmap fails
         */
        void close() throws OsException;
    }
}
