package org.osprey.mmap;

/**
 * The keyword arguments of {@code mmap.mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ,
 * access=ACCESS_DEFAULT, offset=0, *, trackfd=True)}. {@code flags} and {@code prot} are null for Python's
 * defaults (the platform's {@code MAP_SHARED} and {@code PROT_READ | PROT_WRITE}).
 *
 * @param flags {@code MAP_*} bits, or null for {@code MAP_SHARED}
 * @param prot {@code PROT_*} bits, or null for {@code PROT_READ | PROT_WRITE}
 * @param access one of {@link Mmap}'s {@code ACCESS_*} values
 * @param offset where in the file the map starts, a multiple of {@link Mmap#ALLOCATIONGRANULARITY()}
 * @param trackfd whether the map keeps a duplicate of the descriptor (Python 3.13)
 */
public record MmapOptions(Integer flags, Integer prot, int access, long offset, boolean trackfd) {
    /** Python's defaults. */
    public static final MmapOptions DEFAULT = new MmapOptions(null, null, Mmap.ACCESS_DEFAULT, 0, true);

    /**
     * {@return these options with {@code access=...}}
     *
     * @param access one of {@link Mmap#ACCESS_READ}, {@code ACCESS_WRITE}, {@code ACCESS_COPY}, or
     *        {@code ACCESS_DEFAULT} for {@code flags} and {@code prot} to decide
     */
    public MmapOptions withAccess(int access) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    /**
     * {@return these options with {@code flags=...}}
     *
     * @param flags {@code MAP_*} bits, the platform's values ({@link Mmap#MAP_SHARED()}, {@link Mmap#constants()})
     */
    public MmapOptions withFlags(int flags) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    /**
     * {@return these options with {@code prot=...}}
     *
     * @param prot {@code PROT_*} bits, the platform's values ({@link Mmap#PROT_READ()}, {@link Mmap#PROT_WRITE()})
     */
    public MmapOptions withProt(int prot) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    /**
     * {@return these options with {@code offset=...}}
     *
     * @param offset where in the file the map starts, a multiple of {@link Mmap#ALLOCATIONGRANULARITY()}
     */
    public MmapOptions withOffset(long offset) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    /**
     * {@return these options with {@code trackfd=...}} (Python 3.13)
     *
     * @param trackfd false keeps no duplicate of the descriptor, so {@code size()} and {@code resize()} fail as
     *        in CPython
     */
    public MmapOptions withTrackfd(boolean trackfd) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }
}
