package org.osprey.shutil.internal;

import java.util.Set;

/**
 * The few errno numbers shutil decides on, for the platforms the POSIX provider serves. The {@code os} API has no
 * {@code errno} module yet; where Linux and macOS agree, one number serves both.
 */
final class Errnos {
    static final int EPERM = 1;
    static final int EACCES = 13;
    static final int EXDEV = 18;
    static final int EISDIR = 21;
    static final int EINVAL = 22;
    static final int ENOSPC = 28;

    private static final boolean DARWIN = System.getProperty("os.name", "").startsWith("Mac");

    static final int ENOSYS = DARWIN ? 78 : 38;
    static final int ENOTSOCK = DARWIN ? 38 : 88;
    static final int ELOOP = DARWIN ? 62 : 40;
    /** ENOTSUP and EOPNOTSUPP: one number on Linux, two on macOS. */
    static final Set<Integer> NOT_SUPPORTED = DARWIN ? Set.of(45, 102) : Set.of(95);
    /** ENODATA (and macOS's ENOATTR, what its xattr calls report). */
    static final Set<Integer> NO_DATA = DARWIN ? Set.of(96, 93) : Set.of(61);

    private Errnos() {
    }

    static boolean isLinux() {
        return System.getProperty("os.name", "").equals("Linux");
    }
}
