package org.osprey.os;

import java.util.Set;

/**
 * Python's {@code os.supports_dir_fd}, {@code os.supports_fd}, {@code os.supports_follow_symlinks} and
 * {@code os.supports_effective_ids}, as sets of Python function names (for example {@code "stat"}).
 * A provider lists a name only where the native call behind it really exists on the running platform.
 */
public record Supports(Set<String> dirFd, Set<String> fd, Set<String> followSymlinks, Set<String> effectiveIds) {
    /**
     * The sets, copied.
     *
     * @param dirFd {@code os.supports_dir_fd}
     * @param fd {@code os.supports_fd}
     * @param followSymlinks {@code os.supports_follow_symlinks}
     * @param effectiveIds {@code os.supports_effective_ids}
     */
    public Supports {
        dirFd = Set.copyOf(dirFd);
        fd = Set.copyOf(fd);
        followSymlinks = Set.copyOf(followSymlinks);
        effectiveIds = Set.copyOf(effectiveIds);
    }

    /** Every set empty. */
    public static final Supports NONE = new Supports(Set.of(), Set.of(), Set.of(), Set.of());
}
