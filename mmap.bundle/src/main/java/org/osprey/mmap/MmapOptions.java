package org.osprey.mmap;

/**
 * The keyword arguments of {@code mmap.mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ,
 * access=ACCESS_DEFAULT, offset=0, *, trackfd=True)}. {@code flags} and {@code prot} are null for Python's
 * defaults (the platform's {@code MAP_SHARED} and {@code PROT_READ | PROT_WRITE}).
 */
public record MmapOptions(Integer flags, Integer prot, int access, long offset, boolean trackfd) {
    /** Python's defaults. */
    public static final MmapOptions DEFAULT = new MmapOptions(null, null, Mmap.ACCESS_DEFAULT, 0, true);

    /** With {@code access=...}: one of {@link Mmap#ACCESS_READ}, {@code ACCESS_WRITE}, {@code ACCESS_COPY}. */
    public MmapOptions withAccess(int access) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    public MmapOptions withFlags(int flags) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    public MmapOptions withProt(int prot) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    /** With {@code offset=...}, a multiple of {@link Mmap#ALLOCATIONGRANULARITY()}. */
    public MmapOptions withOffset(long offset) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }

    /**
     * With {@code trackfd=...} (Python 3.13): false keeps no duplicate of the descriptor, so {@code size()} and
     * {@code resize()} fail as in CPython.
     */
    public MmapOptions withTrackfd(boolean trackfd) {
        return new MmapOptions(flags, prot, access, offset, trackfd);
    }
}
