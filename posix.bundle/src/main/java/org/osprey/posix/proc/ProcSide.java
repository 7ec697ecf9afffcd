package org.osprey.posix.proc;

import java.util.Set;

import org.osprey.os.OsException;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.natives.ProcCalls;

/**
 * The native side of the process, system and scheduling calls: their {@link ProcCalls} binding, made on first
 * use so that a program that never calls them never pays for it, and the provider's one error translator.
 */
public final class ProcSide {
    /** Functions macOS lacks, as Python's {@code os} there lacks them. */
    static final Set<String> LINUX_ONLY = Set.of("getrandom", "getresuid", "getresgid", "setresuid", "setresgid",
            "sched_getaffinity", "sched_setaffinity", "sched_getscheduler", "sched_setscheduler", "sched_getparam",
            "sched_setparam", "sched_rr_get_interval");

    private static volatile ProcSide side;

    final Natives natives;
    final Abi abi;
    final ProcCalls calls;
    final ErrnoTranslator errors;

    private ProcSide(Natives natives, ErrnoTranslator errors) {
        this.natives = natives;
        this.abi = natives.abi();
        this.errors = errors;
        this.calls = Natives.bind(ProcCalls.class, abi, abi.isLinux() ? Set.of() : LINUX_ONLY);
    }

    /** The side bound over the provider's loaded natives (bound by the first caller). */
    public static ProcSide of(Natives natives, ErrnoTranslator errors) {
        ProcSide s = side;
        if (s == null) {
            synchronized (ProcSide.class) {
                s = side;
                if (s == null) {
                    side = s = new ProcSide(natives, errors);
                }
            }
        }
        return s;
    }

    /** The error of this thread's last failed call. */
    OsException last() {
        return errors.last(null);
    }

    /** Throws the last error if {@code rc} is -1, the C convention for failure. */
    void check(long rc) throws OsException {
        if (rc == -1) {
            throw last();
        }
    }

    /** For the functions that exist only on Linux, as in Python. */
    void requireLinux(String function) {
        if (!abi.isLinux()) {
            throw Unsupported.of(function, "Linux only");
        }
    }
}
