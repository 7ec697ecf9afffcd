package org.osprey.posix.files;

import java.util.Map;

/**
 * The {@code _PC_*} names Python's {@code os.pathconf_names} lists on each platform, with the platform's numbers
 * (glibc's {@code <bits/confname.h>}, macOS's {@code <sys/unistd.h>}).
 */
final class PathconfNames {
    static final Map<String, Integer> LINUX = Map.ofEntries(Map.entry("PC_LINK_MAX", 0),
            Map.entry("PC_MAX_CANON", 1), Map.entry("PC_MAX_INPUT", 2), Map.entry("PC_NAME_MAX", 3),
            Map.entry("PC_PATH_MAX", 4), Map.entry("PC_PIPE_BUF", 5), Map.entry("PC_CHOWN_RESTRICTED", 6),
            Map.entry("PC_NO_TRUNC", 7), Map.entry("PC_VDISABLE", 8), Map.entry("PC_SYNC_IO", 9),
            Map.entry("PC_ASYNC_IO", 10), Map.entry("PC_PRIO_IO", 11), Map.entry("PC_SOCK_MAXBUF", 12),
            Map.entry("PC_FILESIZEBITS", 13), Map.entry("PC_REC_INCR_XFER_SIZE", 14),
            Map.entry("PC_REC_MAX_XFER_SIZE", 15), Map.entry("PC_REC_MIN_XFER_SIZE", 16),
            Map.entry("PC_REC_XFER_ALIGN", 17), Map.entry("PC_ALLOC_SIZE_MIN", 18), Map.entry("PC_SYMLINK_MAX", 19));

    static final Map<String, Integer> DARWIN = Map.ofEntries(Map.entry("PC_LINK_MAX", 1),
            Map.entry("PC_MAX_CANON", 2), Map.entry("PC_MAX_INPUT", 3), Map.entry("PC_NAME_MAX", 4),
            Map.entry("PC_PATH_MAX", 5), Map.entry("PC_PIPE_BUF", 6), Map.entry("PC_CHOWN_RESTRICTED", 7),
            Map.entry("PC_NO_TRUNC", 8), Map.entry("PC_VDISABLE", 9), Map.entry("PC_ALLOC_SIZE_MIN", 16),
            Map.entry("PC_ASYNC_IO", 17), Map.entry("PC_FILESIZEBITS", 18), Map.entry("PC_PRIO_IO", 19),
            Map.entry("PC_REC_INCR_XFER_SIZE", 20), Map.entry("PC_REC_MAX_XFER_SIZE", 21),
            Map.entry("PC_REC_MIN_XFER_SIZE", 22), Map.entry("PC_REC_XFER_ALIGN", 23),
            Map.entry("PC_SYMLINK_MAX", 24), Map.entry("PC_SYNC_IO", 25), Map.entry("PC_MIN_HOLE_SIZE", 27));

    private PathconfNames() {
    }
}
