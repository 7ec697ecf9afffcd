package org.osprey.nio;

import java.io.File;
import java.util.Locale;
import java.util.Map;

import org.osprey.os.Platform;
import org.osprey.os.spi.support.NioErrors;

/** What the provider tells of the running platform: its {@code os.name} facts and its errno numbers. */
final class NioPlatform {
    private NioPlatform() {
    }

    static final boolean WINDOWS = File.separatorChar == '\\';

    static final Platform PLATFORM = WINDOWS ? Platform.NT : Platform.POSIX;

    /** The errnos {@link NioErrors} produces, with the running OS's numbers (they differ past {@code ERANGE}). */
    static final NioErrors ERRORS = errors(System.getProperty("os.name", "").toLowerCase(Locale.ROOT));

    private static NioErrors errors(String os) {
        if (os.contains("mac") || os.contains("bsd")) {
            return withHigh(63, 66, 62);
        }
        if (WINDOWS) {
            return withHigh(38, 41, 114);
        }
        return NioErrors.LINUX;
    }

    private static NioErrors withHigh(int enametoolong, int enotempty, int eloop) {
        return new NioErrors(Map.ofEntries(Map.entry("EPERM", 1), Map.entry("ENOENT", 2), Map.entry("ESRCH", 3),
                Map.entry("EIO", 5), Map.entry("EBADF", 9), Map.entry("EACCES", 13), Map.entry("EBUSY", 16),
                Map.entry("EEXIST", 17), Map.entry("EXDEV", 18), Map.entry("ENOTDIR", 20), Map.entry("EISDIR", 21),
                Map.entry("EINVAL", 22), Map.entry("EMFILE", 24), Map.entry("ENOSPC", 28),
                Map.entry("EROFS", 30), Map.entry("ENAMETOOLONG", enametoolong),
                Map.entry("ENOTEMPTY", enotempty), Map.entry("ELOOP", eloop)));
    }
}
