package org.osprey.shutil.internal.archive;

import java.util.Set;

import org.osprey.os.Os;
import org.osprey.os.Supports;

/**
 * Whether archives are read and written through directory descriptors: only where the provider has every call
 * that takes them here (Python's {@code os.supports_dir_fd} and {@code os.supports_fd}). Elsewhere each member's
 * path is checked component by component with {@code lstat} before use, which a concurrent change of the tree
 * can race (see the README's shutil section).
 */
final class DirFds {
    private static final Set<String> DIR_FD = Set.of("open", "stat", "mkdir", "unlink", "symlink", "readlink",
            "link", "utime");
    private static final Set<String> FD = Set.of("listdir", "chmod", "utime");

    private DirFds() {
    }

    static boolean usable(Os os) {
        Supports s = os.supports();
        return s.dirFd().containsAll(DIR_FD) && s.fd().containsAll(FD);
    }
}
