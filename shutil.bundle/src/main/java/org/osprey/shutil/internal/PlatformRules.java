package org.osprey.shutil.internal;

import java.util.Set;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Platform;

/**
 * The few decisions CPython's shutil makes by platform, asked of the {@code os} API: the kernel's name from
 * {@code os.uname()}, which CPython's {@code sys.platform} is derived from.
 */
final class PlatformRules {
    /** Where {@code struct stat} has {@code st_flags} and the OS has {@code chflags}. */
    private static final Set<String> FILE_FLAGS = Set.of("Darwin", "FreeBSD", "NetBSD", "OpenBSD", "DragonFly");

    private final Os os;
    private volatile String sysname;

    PlatformRules(Os os) {
        this.os = os;
    }

    private String sysname() throws OsException {
        String s = sysname;
        if (s == null) {
            try {
                s = os.uname().sysname();
            } catch (UnsupportedOperationException noUname) {
                s = ""; // a platform without os.uname (Windows) is neither of those asked about
            }
            sysname = s;
        }
        return s;
    }

    /** {@code hasattr(os, 'listxattr')}: CPython has the extended attribute calls on Linux only. */
    boolean copiesXattrs() throws OsException {
        return sysname().equals("Linux");
    }

    /** {@code hasattr(st, 'st_flags')}, and with it {@code os.chflags}: the BSD file flags. */
    boolean hasFileFlags() throws OsException {
        return FILE_FLAGS.contains(sysname());
    }

    /** {@code os.name == 'nt'}: CPython's {@code _WINDOWS}. */
    boolean isWindows() {
        return os.platform() == Platform.NT;
    }

    /** {@code sys.platform == 'darwin'}. */
    boolean isDarwin() throws OsException {
        return sysname().equals("Darwin");
    }
}
