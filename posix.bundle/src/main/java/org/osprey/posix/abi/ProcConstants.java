package org.osprey.posix.abi;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of Python's {@code os.PRIO_*}, {@code SCHED_*}, {@code RTLD_*} and {@code EX_*} per OS, from the
 * system headers ({@code sys/resource.h}, {@code sched.h}, {@code dlfcn.h}, {@code sysexits.h}); each OS lists
 * only the constants Python's {@code os} has there.
 */
public final class ProcConstants {
    /** {@code sysexits.h}: the same on every POSIX system. */
    private static final Map<String, Integer> EXIT_CODES = Map.ofEntries(Map.entry("EX_OK", 0),
            Map.entry("EX_USAGE", 64), Map.entry("EX_DATAERR", 65), Map.entry("EX_NOINPUT", 66),
            Map.entry("EX_NOUSER", 67), Map.entry("EX_NOHOST", 68), Map.entry("EX_UNAVAILABLE", 69),
            Map.entry("EX_SOFTWARE", 70), Map.entry("EX_OSERR", 71), Map.entry("EX_OSFILE", 72),
            Map.entry("EX_CANTCREAT", 73), Map.entry("EX_IOERR", 74), Map.entry("EX_TEMPFAIL", 75),
            Map.entry("EX_PROTOCOL", 76), Map.entry("EX_NOPERM", 77), Map.entry("EX_CONFIG", 78));

    private static final Map<String, Integer> LINUX = with(EXIT_CODES, Map.ofEntries(Map.entry("PRIO_PROCESS", 0),
            Map.entry("PRIO_PGRP", 1), Map.entry("PRIO_USER", 2), Map.entry("SCHED_OTHER", 0),
            Map.entry("SCHED_FIFO", 1), Map.entry("SCHED_RR", 2), Map.entry("SCHED_BATCH", 3),
            Map.entry("SCHED_IDLE", 5), Map.entry("SCHED_RESET_ON_FORK", 0x40000000), Map.entry("RTLD_LAZY", 1),
            Map.entry("RTLD_NOW", 2), Map.entry("RTLD_GLOBAL", 0x100), Map.entry("RTLD_LOCAL", 0),
            Map.entry("RTLD_NODELETE", 0x1000), Map.entry("RTLD_NOLOAD", 4), Map.entry("RTLD_DEEPBIND", 8)));

    private static final Map<String, Integer> DARWIN = with(EXIT_CODES, Map.ofEntries(Map.entry("PRIO_PROCESS", 0),
            Map.entry("PRIO_PGRP", 1), Map.entry("PRIO_USER", 2), Map.entry("SCHED_OTHER", 1),
            Map.entry("SCHED_FIFO", 4), Map.entry("SCHED_RR", 2), Map.entry("RTLD_LAZY", 1), Map.entry("RTLD_NOW", 2),
            Map.entry("RTLD_GLOBAL", 8), Map.entry("RTLD_LOCAL", 4), Map.entry("RTLD_NODELETE", 0x80),
            Map.entry("RTLD_NOLOAD", 0x10)));

    private ProcConstants() {
    }

    public static Map<String, Integer> of(Abi abi) {
        return abi.isLinux() ? LINUX : DARWIN;
    }

    private static Map<String, Integer> with(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> all = new HashMap<>(a);
        all.putAll(b);
        return Map.copyOf(all);
    }
}
