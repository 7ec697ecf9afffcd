package org.osprey.mmap.internal;

import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.mmap.MemoryMap;
import org.osprey.mmap.Mmap;
import org.osprey.mmap.MmapOptions;
import org.osprey.os.MappedRegion;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;

/** {@link Mmap} over one {@link Os}; the DS component of this bundle. CPython 3.13's argument rules and messages. */
@Component(service = Mmap.class)
public final class MmapImpl implements Mmap {
    private final Os os;
    /** The provider's constants, asked for once. */
    private volatile Map<String, Integer> constants;

    @Activate
    public MmapImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    @Override
    public MemoryMap mmap(int fileno, long length) throws OsException {
        return mmap(fileno, length, MmapOptions.DEFAULT);
    }

    @Override
    public MemoryMap mmap(int fileno, long length, MmapOptions options) throws OsException {
        long offset = options.offset();
        if (length < 0) {
            throw new ArithmeticException("memory mapped length must be positive");
        }
        if (offset < 0) {
            throw new ArithmeticException("memory mapped offset must be positive");
        }
        int shared = MAP_SHARED();
        int readWrite = PROT_READ() | PROT_WRITE();
        int flags = options.flags() == null ? shared : options.flags();
        int prot = options.prot() == null ? readWrite : options.prot();
        int access = options.access();
        if (access != ACCESS_DEFAULT && (flags != shared || prot != readWrite)) {
            throw new IllegalArgumentException("mmap can't specify both access and flags, prot.");
        }
        switch (access) {
            case ACCESS_READ -> prot = PROT_READ();
            case ACCESS_WRITE -> prot = readWrite;
            case ACCESS_COPY -> flags = MAP_PRIVATE();
            case ACCESS_DEFAULT -> {
                if ((prot & readWrite) != readWrite) {
                    access = (prot & PROT_WRITE()) != 0 ? ACCESS_WRITE : ACCESS_READ;
                }
            }
            default -> throw new IllegalArgumentException("mmap invalid access parameter.");
        }
        if (fileno != -1) {
            length = lengthInFile(fileno, length, offset);
        } else {
            flags |= constants().get("MAP_ANONYMOUS");
        }
        int fd = fileno != -1 && options.trackfd() ? os.dup(fileno) : -1;
        try {
            MappedRegion region = os.mmap(fileno, length, flags, prot, offset);
            return new MemoryMapImpl(os, region, fd, offset, access, options.trackfd());
        } catch (OsException | RuntimeException e) {
            if (fd != -1) {
                os.close(fd);
            }
            throw e;
        }
    }

    /** The length to map of a regular file, checked against its size as CPython does (others: unchecked). */
    private long lengthInFile(int fd, long length, long offset) {
        StatResult st;
        try {
            st = os.fstat(fd);
        } catch (OsException | UnsupportedOperationException e) {
            return length; // as CPython, the mapping itself will say what is wrong
        }
        if (!Stat.S_ISREG(st.mode())) {
            return length;
        }
        long size = st.size();
        if (length == 0) {
            if (size == 0) {
                throw new IllegalArgumentException("cannot mmap an empty file");
            }
            if (offset >= size) {
                throw new IllegalArgumentException("mmap offset is greater than file size");
            }
            return size - offset;
        }
        if (offset > size || size - offset < length) {
            throw new IllegalArgumentException("mmap length is greater than file size");
        }
        return length;
    }

    @Override
    public int PAGESIZE() {
        return constants().get("PAGESIZE");
    }

    @Override
    public int ALLOCATIONGRANULARITY() {
        return constants().get("ALLOCATIONGRANULARITY");
    }

    @Override
    public int PROT_READ() {
        return constants().get("PROT_READ");
    }

    @Override
    public int PROT_WRITE() {
        return constants().get("PROT_WRITE");
    }

    @Override
    public int MAP_SHARED() {
        return constants().get("MAP_SHARED");
    }

    @Override
    public int MAP_PRIVATE() {
        return constants().get("MAP_PRIVATE");
    }

    @Override
    public Map<String, Integer> constants() {
        Map<String, Integer> c = constants;
        if (c == null) {
            constants = c = os.mmapConstants();
        }
        return c;
    }

    @Override
    public String toString() {
        return "<module 'mmap' over " + os.providerId() + ">";
    }
}
