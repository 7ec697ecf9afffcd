package org.osprey.posix.variant.darwin;

import java.util.Map;
import java.util.Set;

import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.abi.ErrnoConstants;
import org.osprey.posix.abi.ProcConstants;
import org.osprey.posix.abi.StatvfsLayout;
import org.osprey.posix.abi.SpawnConstants;

/**
 * macOS's numbers, by Python name: from its {@code <unistd.h>}, {@code <sys/unistd.h>}, {@code <sys/resource.h>},
 * {@code <sched.h>}, {@code <dlfcn.h>} and {@code <sys/fcntl.h>}.
 */
final class DarwinTables {
    /** {@code F_FULLFSYNC} ({@code <sys/fcntl.h>}): flush the file through the drive's own write cache. */
    static final int F_FULLFSYNC = 51;

    /**
     * The {@code _PC_*} names Python's {@code os.pathconf_names} lists here. macOS also defines
     * {@code _PC_2_SYMLINKS} (15), but CPython's {@code posixmodule.c} has no entry for it, so Python has none.
     */
    static final Map<String, Integer> PATHCONF = Map.ofEntries(Map.entry("PC_LINK_MAX", 1),
            Map.entry("PC_MAX_CANON", 2), Map.entry("PC_MAX_INPUT", 3), Map.entry("PC_NAME_MAX", 4),
            Map.entry("PC_PATH_MAX", 5), Map.entry("PC_PIPE_BUF", 6), Map.entry("PC_CHOWN_RESTRICTED", 7),
            Map.entry("PC_NO_TRUNC", 8), Map.entry("PC_VDISABLE", 9), Map.entry("PC_ALLOC_SIZE_MIN", 16),
            Map.entry("PC_ASYNC_IO", 17), Map.entry("PC_FILESIZEBITS", 18), Map.entry("PC_PRIO_IO", 19),
            Map.entry("PC_REC_INCR_XFER_SIZE", 20), Map.entry("PC_REC_MAX_XFER_SIZE", 21),
            Map.entry("PC_REC_MIN_XFER_SIZE", 22), Map.entry("PC_REC_XFER_ALIGN", 23),
            Map.entry("PC_SYMLINK_MAX", 24), Map.entry("PC_SYNC_IO", 25), Map.entry("PC_MIN_HOLE_SIZE", 27));

    /** macOS's {@code <spawn.h>} flags (no scheduling ones; {@code POSIX_SPAWN_SETSID} since 10.15), {@code NSIG}. */
    static final SpawnConstants SPAWN = new SpawnConstants(0x01, 0x02, 0x04, 0x08, 0, 0, 0x400, 32);

    /** {@code PRIO_*}, {@code SCHED_*} and {@code RTLD_*}, only those Python's {@code os} has here. */
    static final Map<String, Integer> PROCESS = ProcConstants.withExitCodes(Map.ofEntries(Map.entry("PRIO_PROCESS", 0),
            Map.entry("PRIO_PGRP", 1), Map.entry("PRIO_USER", 2), Map.entry("SCHED_OTHER", 1),
            Map.entry("SCHED_FIFO", 4), Map.entry("SCHED_RR", 2), Map.entry("RTLD_LAZY", 1), Map.entry("RTLD_NOW", 2),
            Map.entry("RTLD_GLOBAL", 8), Map.entry("RTLD_LOCAL", 4), Map.entry("RTLD_NODELETE", 0x80),
            Map.entry("RTLD_NOLOAD", 0x10)));

    /** The {@code sysconf} and {@code confstr} names jnr-constants lacks. */
    static final Map<String, Integer> SYSCONF = ConfNames.table(
            "SC_PHYS_PAGES", 200);
    static final Map<String, Integer> CONFSTR = ConfNames.table(
            "CS_XBS5_ILP32_OFF32_CFLAGS", 20, "CS_XBS5_ILP32_OFF32_LDFLAGS", 21, "CS_XBS5_ILP32_OFF32_LIBS", 22,
            "CS_XBS5_ILP32_OFF32_LINTFLAGS", 23, "CS_XBS5_ILP32_OFFBIG_CFLAGS", 24,
            "CS_XBS5_ILP32_OFFBIG_LDFLAGS", 25, "CS_XBS5_ILP32_OFFBIG_LIBS", 26,
            "CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 27, "CS_XBS5_LP64_OFF64_CFLAGS", 28, "CS_XBS5_LP64_OFF64_LDFLAGS", 29,
            "CS_XBS5_LP64_OFF64_LIBS", 30, "CS_XBS5_LP64_OFF64_LINTFLAGS", 31, "CS_XBS5_LPBIG_OFFBIG_CFLAGS", 32,
            "CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 33, "CS_XBS5_LPBIG_OFFBIG_LIBS", 34,
            "CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 35, "CS_DARWIN_USER_DIR", 65536, "CS_DARWIN_USER_TEMP_DIR", 65537,
            "CS_DARWIN_USER_CACHE_DIR", 65538);

    /** Where {@code struct statvfs} keeps each field Python reports. */
    static final StatvfsLayout STATVFS = new StatvfsLayout(0, 8, 16, 20, 24, 28, 32, 36, 40, 48, 56, 4, 64);

    /*
     * The tables read from jnr-constants' enums, each held apart: the O_* constants that a first open needs load
     * none of jnr-constants, and the errno table that a first descriptor call needs loads neither the signal nor
     * the wait enum (issue 11: a few ms each of a process's first file copy).
     */
    static final class Errnos {
        /** With the names of {@code sys/errno.h} that jnr-constants lacks. */
        static final Map<String, Integer> ERRNO = ErrnoConstants.table(jnr.constants.platform.darwin.Errno.values(),
                Map.of("EPWROFF", 82, "EDEVERR", 83, "EBADEXEC", 85, "EBADARCH", 86, "ESHLIBVERS", 87, "EBADMACHO", 88,
                        "ENOPOLICY", 103, "EQFULL", 106));

        private Errnos() {
        }
    }

    static final class Signals {
        /** jnr-constants' signals and the two of {@code <sys/signal.h>} it lacks. */
        static final Map<String, Integer> SIGNALS = ProcConstants.signals(jnr.constants.platform.darwin.Signal.values(),
                Set.of(), Map.of("SIGEMT", 7, "SIGINFO", 29));

        private Signals() {
        }
    }

    static final class Waits {
        /** {@code <sys/wait.h>}: the {@code W*} flags, {@code idtype_t} and {@code CLD_*}. */
        static final Map<String, Integer> WAIT = ProcConstants.waitTable(
                jnr.constants.platform.darwin.WaitFlags.values(), Map.of("P_ALL", 0, "P_PID", 1, "P_PGID", 2));

        private Waits() {
        }
    }

    private DarwinTables() {
    }

    /** macOS's sys/fcntl.h: no O_DIRECT, O_PATH, O_TMPFILE or posix_fadvise. */
    static void fdConstants(Map<String, Integer> c) {
        c.put("SEEK_HOLE", 3);
        c.put("SEEK_DATA", 4);
        c.put("O_NONBLOCK", 0x4);
        c.put("O_NDELAY", 0x4);
        c.put("O_APPEND", 0x8);
        c.put("O_SHLOCK", 0x10);
        c.put("O_EXLOCK", 0x20);
        c.put("O_ASYNC", 0x40);
        c.put("O_SYNC", 0x80);
        c.put("O_FSYNC", 0x80);
        c.put("O_NOFOLLOW", 0x100);
        c.put("O_CREAT", 0x200);
        c.put("O_TRUNC", 0x400);
        c.put("O_EXCL", 0x800);
        c.put("O_EVTONLY", 0x8000);
        c.put("O_NOCTTY", 0x20000);
        c.put("O_DIRECTORY", 0x100000);
        c.put("O_SYMLINK", 0x200000);
        c.put("O_DSYNC", 0x400000);
        c.put("O_CLOEXEC", 0x1000000);
        c.put("O_NOFOLLOW_ANY", 0x20000000);
    }
}
