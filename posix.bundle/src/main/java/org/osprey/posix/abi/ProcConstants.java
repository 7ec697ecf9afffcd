package org.osprey.posix.abi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jnr.constants.Constant;

/**
 * Python's {@code os.EX_*} ({@code sysexits.h}), to which each {@link org.osprey.posix.variant.Variant} adds its
 * {@code PRIO_*}, {@code SCHED_*} and {@code RTLD_*}; each OS lists only the constants Python's {@code os} has
 * there.
 */
public final class ProcConstants {
    /** {@code sysexits.h}: the same on every POSIX system. */
    private static final Map<String, Integer> EXIT_CODES = Map.ofEntries(Map.entry("EX_OK", 0),
            Map.entry("EX_USAGE", 64), Map.entry("EX_DATAERR", 65), Map.entry("EX_NOINPUT", 66),
            Map.entry("EX_NOUSER", 67), Map.entry("EX_NOHOST", 68), Map.entry("EX_UNAVAILABLE", 69),
            Map.entry("EX_SOFTWARE", 70), Map.entry("EX_OSERR", 71), Map.entry("EX_OSFILE", 72),
            Map.entry("EX_CANTCREAT", 73), Map.entry("EX_IOERR", 74), Map.entry("EX_TEMPFAIL", 75),
            Map.entry("EX_PROTOCOL", 76), Map.entry("EX_NOPERM", 77), Map.entry("EX_CONFIG", 78));

    /** {@code <sys/wait.h>}'s {@code CLD_*}: the same on Linux and macOS. */
    private static final Map<String, Integer> CHILD_CODES = Map.of("CLD_EXITED", 1, "CLD_KILLED", 2, "CLD_DUMPED", 3,
            "CLD_TRAPPED", 4, "CLD_STOPPED", 5, "CLD_CONTINUED", 6);

    private ProcConstants() {
    }

    /**
     * An OS's signals: jnr-constants' table (from the system's {@code signal.h}) without {@code NSIG}, which is no
     * signal, and the names Python lacks there, with those it has and jnr-constants lacks.
     */
    public static <E extends Enum<E> & Constant> Map<String, Integer> signals(E[] constants,
            Set<String> notInPython, Map<String, Integer> more) {
        Map<String, Integer> all = new HashMap<>(ErrnoConstants.table(constants, more));
        all.remove("NSIG");
        all.keySet().removeAll(notInPython);
        return Map.copyOf(all);
    }

    /** An OS's {@code W*} flags (jnr-constants' table) with its {@code P_*} and the {@code CLD_*}. */
    public static <E extends Enum<E> & Constant> Map<String, Integer> waitTable(E[] flags,
            Map<String, Integer> idTypes) {
        Map<String, Integer> all = new HashMap<>(ErrnoConstants.table(flags, idTypes));
        all.putAll(CHILD_CODES);
        return Map.copyOf(all);
    }

    /** The exit codes and an OS's {@code PRIO_*}, {@code SCHED_*} and {@code RTLD_*} values. */
    public static Map<String, Integer> withExitCodes(Map<String, Integer> b) {
        Map<String, Integer> all = new HashMap<>(EXIT_CODES);
        all.putAll(b);
        return Map.copyOf(all);
    }
}
