package org.osprey.nio;

import static org.osprey.nio.NioPlatform.ERRORS;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.spi.MemoryMaps;
import org.osprey.os.spi.Unsupported;

/**
 * Memory maps through {@code FileChannel.map} (anonymous memory: a direct buffer), with Linux's numbers. What the
 * JDK cannot do: unmap at close (a {@link MappedByteBuffer} is unmapped when the garbage collector clears it, so
 * close drops the buffers and the memory goes later), resize (no remap), {@code madvise}, and maps of more than
 * 2 GiB - 1 bytes of a file (one {@code map} call's limit; a bigger map could not keep a private map coherent).
 * {@code PAGESIZE} is assumed 4096 (the JDK does not say); offsets are checked against it as the kernel would.
 */
final class NioMemoryMaps implements MemoryMaps {
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int MAP_SHARED = 1;
    private static final int MAP_PRIVATE = 2;
    private static final int MAP_ANONYMOUS = 0x20;
    private static final int PAGESIZE = 4096;
    private static final Map<String, Integer> CONSTANTS = Map.of("PROT_READ", PROT_READ, "PROT_WRITE", PROT_WRITE,
            "MAP_SHARED", MAP_SHARED, "MAP_PRIVATE", MAP_PRIVATE, "MAP_ANON", MAP_ANONYMOUS, "MAP_ANONYMOUS",
            MAP_ANONYMOUS, "PAGESIZE", PAGESIZE, "ALLOCATIONGRANULARITY", PAGESIZE);

    private final NioDescriptors descriptors;

    NioMemoryMaps(NioDescriptors descriptors) {
        this.descriptors = descriptors;
    }

    @Override
    public Map<String, Integer> mmapConstants() {
        return CONSTANTS;
    }

    @Override
    public Mapping map(int fd, long length, int flags, int prot, long offset) throws OsException {
        boolean shared = (flags & (MAP_SHARED | MAP_PRIVATE)) == MAP_SHARED;
        boolean privately = (flags & (MAP_SHARED | MAP_PRIVATE)) == MAP_PRIVATE;
        if (length == 0 || offset % PAGESIZE != 0 || !(shared || privately)
                || (flags & ~(MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS)) != 0
                || (prot & ~(PROT_READ | PROT_WRITE)) != 0) {
            throw ERRORS.error("EINVAL", null);
        }
        if (length > Integer.MAX_VALUE) {
            throw Unsupported.of("mmap", "FileChannel.map maps at most 2 GiB - 1 bytes at once");
        }
        boolean writable = (prot & PROT_WRITE) != 0;
        if (fd == -1 || (flags & MAP_ANONYMOUS) != 0) {
            return new NioMapping(ByteBuffer.allocateDirect((int) length), writable, null);
        }
        FileChannel channel = descriptors.file(fd).channel;
        MapMode mode = !writable ? MapMode.READ_ONLY : shared ? MapMode.READ_WRITE : MapMode.PRIVATE;
        try {
            if (offset + length > channel.size()) {
                throw Unsupported.of("mmap", "a map past the end of the file (FileChannel.map would grow it)");
            }
            MappedByteBuffer whole = channel.map(mode, offset, length);
            return new NioMapping(whole, writable, mode == MapMode.READ_WRITE ? whole : null);
        } catch (NonReadableChannelException | NonWritableChannelException e) {
            throw ERRORS.error("EACCES", null);
        } catch (IOException e) {
            throw ERRORS.translate(e, null, null);
        }
    }

    /** One map: its buffer, dropped at close (the garbage collector unmaps it). */
    private static final class NioMapping implements Mapping {
        private final boolean writable;
        private ByteBuffer whole;
        /** What {@code flush} forces to the file: a shared, writable map's buffer, else null. */
        private MappedByteBuffer shared;

        NioMapping(ByteBuffer whole, boolean writable, MappedByteBuffer shared) {
            this.whole = writable ? whole : whole.asReadOnlyBuffer();
            this.writable = writable;
            this.shared = shared;
        }

        @Override
        public long length() {
            return whole.capacity();
        }

        @Override
        public boolean writable() {
            return writable;
        }

        @Override
        public ByteBuffer chunk(int i) {
            int offset = i << CHUNK_SHIFT;
            return whole.slice(offset, Math.min(1 << CHUNK_SHIFT, whole.capacity() - offset));
        }

        @Override
        public void flush(long offset, long size) throws OsException {
            if (offset % PAGESIZE != 0) {
                throw ERRORS.error("EINVAL", null);
            }
            if (shared != null) {
                shared.force((int) offset, (int) size);
            }
        }

        @Override
        public void madvise(long offset, long length, int advice) {
            throw new UnsupportedOperationException("mmap.madvise is not available: the JDK has no madvise");
        }

        @Override
        public void resize(long newLength) {
            throw new UnsupportedOperationException("mmap.resize is not available: FileChannel.map cannot "
                    + "remap, and only the garbage collector unmaps a MappedByteBuffer");
        }

        @Override
        public ByteBuffer view() {
            return whole.duplicate();
        }

        @Override
        public void close() {
            // the JDK has no unmap: the buffers go, the garbage collector unmaps them once no view holds them
            whole = null;
            shared = null;
        }
    }
}
