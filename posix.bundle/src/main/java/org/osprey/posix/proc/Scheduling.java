package org.osprey.posix.proc;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import org.osprey.os.OsException;
import org.osprey.os.SchedParam;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;

/** The {@code sched_*} calls. CPU sets are bit masks of {@code unsigned long} words, as glibc's CPU_* macros. */
public final class Scheduling {
    /** Python's limit too: no kernel has more CPUs than fit here. */
    private static final int MAX_MASK_BYTES = 1 << 20;

    private Scheduling() {
    }

    public static void yield(ProcSide p) throws OsException {
        p.check(p.calls.sched_yield());
    }

    public static int priorityMin(ProcSide p, int policy) throws OsException {
        int min = p.calls.sched_get_priority_min(policy);
        p.check(min);
        return min;
    }

    public static int priorityMax(ProcSide p, int policy) throws OsException {
        int max = p.calls.sched_get_priority_max(policy);
        p.check(max);
        return max;
    }

    /** Asks with a mask twice as large each time the kernel says it has more CPUs than fit (EINVAL). */
    public static Set<Integer> getaffinity(ProcSide p, long pid) throws OsException {
        p.require("sched_getaffinity");
        NativeBuffer out = Scratch.get().out();
        int size = Long.BYTES * 16;
        while (p.calls.sched_getaffinity((int) pid, size, out.ensure(size).address()) != 0) {
            if (p.natives.errno() != PlatformErrno.EINVAL || size >= MAX_MASK_BYTES) {
                throw p.last();
            }
            size *= 2;
        }
        ByteBuffer mask = out.bytes();
        Set<Integer> cpus = new TreeSet<>();
        for (int word = 0; word < size / Long.BYTES; word++) {
            long bits = mask.getLong(word * Long.BYTES);
            for (int bit = 0; bit < Long.SIZE; bit++) {
                if ((bits & (1L << bit)) != 0) {
                    cpus.add(word * Long.SIZE + bit);
                }
            }
        }
        return Collections.unmodifiableSet(cpus);
    }

    public static void setaffinity(ProcSide p, long pid, Set<Integer> cpus) throws OsException {
        p.require("sched_setaffinity");
        int maxCpu = cpus.stream().mapToInt(Integer::intValue).max().orElse(0);
        int words = maxCpu / Long.SIZE + 1;
        if ((long) words * Long.BYTES > MAX_MASK_BYTES) {
            throw new IllegalArgumentException("CPU number too large: " + maxCpu);
        }
        NativeBuffer out = Scratch.get().out().ensure(words * Long.BYTES);
        ByteBuffer mask = out.bytes();
        for (int word = 0; word < words; word++) {
            mask.putLong(word * Long.BYTES, 0);
        }
        for (int cpu : cpus) {
            int at = cpu / Long.SIZE * Long.BYTES;
            mask.putLong(at, mask.getLong(at) | 1L << (cpu % Long.SIZE));
        }
        p.check(p.calls.sched_setaffinity((int) pid, (long) words * Long.BYTES, out.address()));
    }

    public static int getscheduler(ProcSide p, long pid) throws OsException {
        p.require("sched_getscheduler");
        int policy = p.calls.sched_getscheduler((int) pid);
        p.check(policy);
        return policy;
    }

    public static void setscheduler(ProcSide p, long pid, int policy, SchedParam param) throws OsException {
        p.require("sched_setscheduler");
        p.check(p.calls.sched_setscheduler((int) pid, policy, Scratch.get().out().putInts(param.schedPriority())));
    }

    public static SchedParam getparam(ProcSide p, long pid) throws OsException {
        p.require("sched_getparam");
        NativeBuffer out = Scratch.get().out();
        p.check(p.calls.sched_getparam((int) pid, out.address()));
        return new SchedParam(out.bytes().getInt(0));
    }

    public static void setparam(ProcSide p, long pid, SchedParam param) throws OsException {
        p.require("sched_setparam");
        p.check(p.calls.sched_setparam((int) pid, Scratch.get().out().putInts(param.schedPriority())));
    }

    /** In seconds, from a {@code struct timespec}. */
    public static double rrGetInterval(ProcSide p, long pid) throws OsException {
        p.require("sched_rr_get_interval");
        NativeBuffer out = Scratch.get().out();
        p.check(p.calls.sched_rr_get_interval((int) pid, out.address()));
        return out.bytes().getLong(0) + out.bytes().getLong(Long.BYTES) * 1e-9;
    }
}
