package org.osprey.posix.variant.linux;

import java.util.Map;
import java.util.Set;

import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.abi.ErrnoConstants;
import org.osprey.posix.abi.ProcConstants;
import org.osprey.posix.abi.StatvfsLayout;
import org.osprey.posix.abi.SpawnConstants;

/**
 * Linux's numbers, by Python name: from glibc's {@code <bits/confname.h>} (the same on every Linux
 * architecture), {@code <sys/resource.h>}, {@code <sched.h>}, {@code <dlfcn.h>} and {@code <asm-generic/fcntl.h>}.
 */
final class LinuxTables {
    /** The {@code _PC_*} names Python's {@code os.pathconf_names} lists here. */
    static final Map<String, Integer> PATHCONF = Map.ofEntries(Map.entry("PC_LINK_MAX", 0),
            Map.entry("PC_MAX_CANON", 1), Map.entry("PC_MAX_INPUT", 2), Map.entry("PC_NAME_MAX", 3),
            Map.entry("PC_PATH_MAX", 4), Map.entry("PC_PIPE_BUF", 5), Map.entry("PC_CHOWN_RESTRICTED", 6),
            Map.entry("PC_NO_TRUNC", 7), Map.entry("PC_VDISABLE", 8), Map.entry("PC_SYNC_IO", 9),
            Map.entry("PC_ASYNC_IO", 10), Map.entry("PC_PRIO_IO", 11), Map.entry("PC_SOCK_MAXBUF", 12),
            Map.entry("PC_FILESIZEBITS", 13), Map.entry("PC_REC_INCR_XFER_SIZE", 14),
            Map.entry("PC_REC_MAX_XFER_SIZE", 15), Map.entry("PC_REC_MIN_XFER_SIZE", 16),
            Map.entry("PC_REC_XFER_ALIGN", 17), Map.entry("PC_ALLOC_SIZE_MIN", 18), Map.entry("PC_SYMLINK_MAX", 19));

    /** glibc's {@code <spawn.h>} flags and {@code NSIG}. */
    static final SpawnConstants SPAWN = new SpawnConstants(0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x80, 65);

    /** {@code PRIO_*}, {@code SCHED_*} and {@code RTLD_*}, only those Python's {@code os} has here. */
    static final Map<String, Integer> PROCESS = ProcConstants.withExitCodes(Map.ofEntries(Map.entry("PRIO_PROCESS", 0),
            Map.entry("PRIO_PGRP", 1), Map.entry("PRIO_USER", 2), Map.entry("SCHED_OTHER", 0),
            Map.entry("SCHED_FIFO", 1), Map.entry("SCHED_RR", 2), Map.entry("SCHED_BATCH", 3),
            Map.entry("SCHED_IDLE", 5), Map.entry("SCHED_RESET_ON_FORK", 0x40000000), Map.entry("RTLD_LAZY", 1),
            Map.entry("RTLD_NOW", 2), Map.entry("RTLD_GLOBAL", 0x100), Map.entry("RTLD_LOCAL", 0),
            Map.entry("RTLD_NODELETE", 0x1000), Map.entry("RTLD_NOLOAD", 4), Map.entry("RTLD_DEEPBIND", 8)));

    /** The {@code sysconf} and {@code confstr} names jnr-constants lacks. */
    static final Map<String, Integer> SYSCONF = ConfNames.table(
            "SC_2_C_VERSION", 96, "SC_AVPHYS_PAGES", 86, "SC_CHARCLASS_NAME_MAX", 45, "SC_CHAR_BIT", 101,
            "SC_CHAR_MAX", 102, "SC_CHAR_MIN", 103, "SC_EQUIV_CLASS_MAX", 41, "SC_INT_MAX", 104, "SC_INT_MIN", 105,
            "SC_LONG_BIT", 106, "SC_MB_LEN_MAX", 108, "SC_MINSIGSTKSZ", 249, "SC_NL_ARGMAX", 119,
            "SC_NL_LANGMAX", 120, "SC_NL_MSGMAX", 121, "SC_NL_NMAX", 122, "SC_NL_SETMAX", 123, "SC_NL_TEXTMAX", 124,
            "SC_NZERO", 109, "SC_PHYS_PAGES", 85, "SC_PII", 53, "SC_PII_INTERNET", 56, "SC_PII_INTERNET_DGRAM", 62,
            "SC_PII_INTERNET_STREAM", 61, "SC_PII_OSI", 57, "SC_PII_OSI_CLTS", 64, "SC_PII_OSI_COTS", 63,
            "SC_PII_OSI_M", 65, "SC_PII_SOCKET", 55, "SC_PII_XTI", 54, "SC_POLL", 58, "SC_SCHAR_MAX", 111,
            "SC_SCHAR_MIN", 112, "SC_SELECT", 59, "SC_SHRT_MAX", 113, "SC_SHRT_MIN", 114, "SC_SSIZE_MAX", 110,
            "SC_T_IOV_MAX", 66, "SC_UCHAR_MAX", 115, "SC_UINT_MAX", 116, "SC_UIO_MAXIOV", 60, "SC_ULONG_MAX", 117,
            "SC_USHRT_MAX", 118, "SC_WORD_BIT", 107, "SC_XOPEN_XPG2", 98, "SC_XOPEN_XPG3", 99, "SC_XOPEN_XPG4", 100);
    static final Map<String, Integer> CONFSTR = ConfNames.table(
            "CS_LFS64_CFLAGS", 1004, "CS_LFS64_LDFLAGS", 1005, "CS_LFS64_LIBS", 1006, "CS_LFS64_LINTFLAGS", 1007,
            "CS_LFS_CFLAGS", 1000, "CS_LFS_LDFLAGS", 1001, "CS_LFS_LIBS", 1002, "CS_LFS_LINTFLAGS", 1003,
            "CS_XBS5_ILP32_OFF32_CFLAGS", 1100, "CS_XBS5_ILP32_OFF32_LDFLAGS", 1101,
            "CS_XBS5_ILP32_OFF32_LIBS", 1102, "CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103,
            "CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104, "CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105,
            "CS_XBS5_ILP32_OFFBIG_LIBS", 1106, "CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107,
            "CS_XBS5_LP64_OFF64_CFLAGS", 1108, "CS_XBS5_LP64_OFF64_LDFLAGS", 1109, "CS_XBS5_LP64_OFF64_LIBS", 1110,
            "CS_XBS5_LP64_OFF64_LINTFLAGS", 1111, "CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112,
            "CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113, "CS_XBS5_LPBIG_OFFBIG_LIBS", 1114,
            "CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115);

    /** Where {@code struct statvfs} keeps each field Python reports. */
    static final StatvfsLayout STATVFS = new StatvfsLayout(0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 8, 112);

    /*
     * The tables read from jnr-constants' enums, each held apart: the O_* constants that a first open needs load
     * none of jnr-constants, and the errno table that a first descriptor call needs loads neither the signal nor
     * the wait enum (issue 11: a few ms each of a process's first file copy).
     */
    static final class Errnos {
        static final Map<String, Integer> ERRNO = ErrnoConstants.table(jnr.constants.platform.linux.Errno.values(),
                Map.of());

        private Errnos() {
        }
    }

    static final class Signals {
        /** jnr-constants' signals but {@code SIGUNUSED}, which glibc 2.26 dropped and Python lacks. */
        static final Map<String, Integer> SIGNALS = ProcConstants.signals(jnr.constants.platform.linux.Signal.values(),
                Set.of("SIGUNUSED"), Map.of());

        private Signals() {
        }
    }

    static final class Waits {
        /**
         * {@code <bits/waitflags.h>} ({@code idtype_t} of {@code <sys/wait.h>} included), {@code CLD_*}, and
         * {@code PIDFD_NONBLOCK} of {@code <sys/pidfd.h>} (it is {@code O_NONBLOCK}, 04000 on every Linux ABI served).
         */
        static final Map<String, Integer> WAIT = ProcConstants.waitTable(
                jnr.constants.platform.linux.WaitFlags.values(),
                Map.of("P_ALL", 0, "P_PID", 1, "P_PGID", 2, "P_PIDFD", 3, "PIDFD_NONBLOCK", 04000));

        private Waits() {
        }
    }

    private LinuxTables() {
    }

    /** Linux's generic values (asm-generic/fcntl.h), where aarch64 moves four of them. */
    static void fdConstants(Map<String, Integer> c, boolean aarch64) {
        c.put("SEEK_DATA", 3);
        c.put("SEEK_HOLE", 4);
        c.put("O_CREAT", 0100);
        c.put("O_EXCL", 0200);
        c.put("O_NOCTTY", 0400);
        c.put("O_TRUNC", 01000);
        c.put("O_APPEND", 02000);
        c.put("O_NONBLOCK", 04000);
        c.put("O_NDELAY", 04000);
        c.put("O_DSYNC", 010000);
        c.put("O_ASYNC", 020000);
        int directory = aarch64 ? 040000 : 0200000;
        c.put("O_DIRECT", aarch64 ? 0200000 : 040000);
        c.put("O_DIRECTORY", directory);
        c.put("O_NOFOLLOW", aarch64 ? 0100000 : 0400000);
        c.put("O_LARGEFILE", 0); // glibc's on 64-bit ABIs: large files are the default
        c.put("O_NOATIME", 01000000);
        c.put("O_CLOEXEC", 02000000);
        c.put("O_SYNC", 04010000);
        c.put("O_RSYNC", 04010000);
        c.put("O_FSYNC", 04010000);
        c.put("O_PATH", 010000000);
        c.put("O_TMPFILE", 020000000 | directory);
        c.put("POSIX_FADV_NORMAL", 0);
        c.put("POSIX_FADV_RANDOM", 1);
        c.put("POSIX_FADV_SEQUENTIAL", 2);
        c.put("POSIX_FADV_WILLNEED", 3);
        c.put("POSIX_FADV_DONTNEED", 4);
        c.put("POSIX_FADV_NOREUSE", 5);
    }
}
