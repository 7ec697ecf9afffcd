package org.osprey.posix.proc;

import java.lang.ref.Reference;
import java.util.Set;

import org.osprey.os.OsException;
import org.osprey.os.SpawnOptions;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.abi.SpawnConstants;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.natives.ChildCalls;

/**
 * A {@code posix_spawnattr_t} made from {@link SpawnOptions}, as CPython's {@code posix_spawn} makes it, in native
 * memory of its own; {@link #close} destroys it. Where {@code setsigmask} is not given the child still starts with
 * no signal blocked (see {@link Children#spawn}).
 */
final class SpawnAttributes implements AutoCloseable {
    /** {@code posix_spawnattr_t}: 336 bytes in glibc, a pointer on macOS. */
    private static final int ATTR = 0;
    /** {@code sigset_t}: 128 bytes in glibc, 4 on macOS; one for the mask, one for the signals to reset. */
    private static final int SIGMASK = 512;
    private static final int SIGDEF = SIGMASK + 256;
    /** {@code struct sched_param}: one int. */
    private static final int SCHED_PARAM = SIGDEF + 256;
    private static final int SIZE = SCHED_PARAM + 64;

    private static final int EINVAL = PlatformErrno.EINVAL;

    private final ChildCalls calls;
    private final NativeBuffer memory = SpawnScratch.current().attributes(SIZE);
    private final long attr = memory.address() + ATTR;

    private SpawnAttributes(ChildCalls calls) {
        this.calls = calls;
    }

    /**
     * The attributes {@code options} ask for.
     *
     * @throws OsException as CPython's {@code OSError} (no file name) where the C library refuses one
     * @throws IllegalArgumentException (ValueError) for a signal number out of range
     * @throws UnsupportedOperationException for an attribute this C library lacks
     */
    static SpawnAttributes of(SpawnOptions options, ChildCalls calls, ProcSide p) throws OsException {
        SpawnConstants c = p.variant.spawn();
        if (options.setsid() && c.setsid() == 0) {
            throw Unsupported.of("posix_spawn(setsid=True)", "this C library has no POSIX_SPAWN_SETSID");
        }
        if (options.schedParam() != null && (c.setschedparam() == 0
                || !calls.has("posix_spawnattr_setschedparam") || !calls.has("posix_spawnattr_setschedpolicy"))) {
            throw Unsupported.of("posix_spawn(scheduler=...)", "this C library has no posix_spawnattr_setschedparam");
        }
        checkSignals(options.setsigmask(), c.nsig());
        checkSignals(options.setsigdef(), c.nsig());
        SpawnAttributes a = new SpawnAttributes(calls);
        p.checkError(calls.posixSpawnattrInit(a.attr));
        try {
            a.set(options, c, p);
        } catch (OsException | RuntimeException e) {
            a.close();
            throw e;
        }
        return a;
    }

    /** CPython's ValueError, before any call: a number the C library's {@code sigset_t} cannot hold. */
    private static void checkSignals(Set<Integer> signals, int nsig) {
        if (signals == null) {
            return;
        }
        for (int signal : signals) {
            if (signal <= 0 || signal >= nsig) {
                throw new IllegalArgumentException("signal number " + signal + " out of range [1; " + (nsig - 1)
                        + "]");
            }
        }
    }

    private void set(SpawnOptions options, SpawnConstants c, ProcSide p) throws OsException {
        long base = memory.address();
        int flags = c.setsigmask();
        // no mask given: an empty one all the same, not the JVM thread's (SpawnOptions says why)
        p.checkError(sigset(base + SIGMASK, options.setsigmask() == null ? Set.of() : options.setsigmask(), p));
        p.checkError(calls.posixSpawnattrSetsigmask(attr, base + SIGMASK));
        if (!options.setsigdef().isEmpty()) {
            p.checkError(sigset(base + SIGDEF, options.setsigdef(), p));
            p.checkError(calls.posixSpawnattrSetsigdefault(attr, base + SIGDEF));
            flags |= c.setsigdef();
        }
        if (options.setpgroup() != null) {
            p.checkError(calls.posixSpawnattrSetpgroup(attr, Math.toIntExact(options.setpgroup())));
            flags |= c.setpgroup();
        }
        if (options.resetids()) {
            flags |= c.resetids();
        }
        if (options.setsid()) {
            flags |= c.setsid();
        }
        if (options.schedParam() != null) {
            if (options.schedPolicy() != null) {
                p.checkError(calls.posixSpawnattrSetschedpolicy(attr, options.schedPolicy()));
                flags |= c.setscheduler();
            }
            memory.bytes().putInt(SCHED_PARAM, options.schedParam().schedPriority());
            p.checkError(calls.posixSpawnattrSetschedparam(attr, base + SCHED_PARAM));
            flags |= c.setschedparam();
        }
        p.checkError(calls.posixSpawnattrSetflags(attr, flags));
    }

    /**
     * Fills the {@code sigset_t} at {@code set}; an error number or 0. A number in range that the C library keeps
     * for itself (glibc's 32 and 33) is left out, as CPython does (it only warns).
     */
    private int sigset(long set, Set<Integer> signals, ProcSide p) {
        if (calls.sigemptyset(set) == -1) {
            return p.natives.errno();
        }
        for (int signal : signals) {
            if (calls.sigaddset(set, signal) == -1 && p.natives.errno() != EINVAL) {
                return p.natives.errno();
            }
        }
        return 0;
    }

    /** The {@code posix_spawnattr_t *} to pass to {@code posix_spawn}. */
    long address() {
        return attr;
    }

    @Override
    public void close() {
        calls.posixSpawnattrDestroy(attr);
        Reference.reachabilityFence(memory);
    }
}
