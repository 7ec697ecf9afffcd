package org.osprey.posix.natives;

import java.util.Set;

/** The file-descriptor calls ({@link FdCalls}), bound through the door the first time a call needs them. */
public final class FdLibrary {
    /** Calls that one of the served platforms lacks; using one where it is missing is reported as unsupported. */
    private static final Set<String> OPTIONAL_SYMBOLS = Set.of("dup3", "pipe2", "close_range", "fdatasync",
            "posix_fallocate", "posix_fadvise", "openpty", "ptsname_r",
            "copy_file_range");

    private FdLibrary() {
    }

    /** The bound calls. */
    public static FdCalls calls(NativeDoor door) {
        return door.bind(FdCalls.class, FdCalls::new, OPTIONAL_SYMBOLS);
    }
}
