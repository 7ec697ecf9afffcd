package org.osprey.posix.proc;

import java.nio.ByteBuffer;

import org.osprey.os.OsException;
import org.osprey.os.TimesResult;
import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;

/** Process groups, sessions, the controlling terminal's name, niceness and CPU times. */
public final class Sessions {
    private Sessions() {
    }

    public static long getpgid(ProcSide p, long pid) throws OsException {
        int pgid = p.calls.getpgid((int) pid);
        p.check(pgid);
        return pgid;
    }

    public static long getpgrp(ProcSide p) {
        return p.calls.getpgrp();
    }

    public static void setpgid(ProcSide p, long pid, long pgrp) throws OsException {
        p.check(p.calls.setpgid((int) pid, (int) pgrp));
    }

    public static long getsid(ProcSide p, long pid) throws OsException {
        int sid = p.calls.getsid((int) pid);
        p.check(sid);
        return sid;
    }

    public static void setsid(ProcSide p) throws OsException {
        p.check(p.calls.setsid());
    }

    public static long tcgetpgrp(ProcSide p, int fd) throws OsException {
        int pgrp = p.calls.tcgetpgrp(fd);
        p.check(pgrp);
        return pgrp;
    }

    public static void tcsetpgrp(ProcSide p, int fd, long pgrp) throws OsException {
        p.check(p.calls.tcsetpgrp(fd, (int) pgrp));
    }

    public static int getpriority(ProcSide p, int which, long who) throws OsException {
        p.natives.clearErrno();
        int priority = p.calls.getpriority(which, (int) who);
        if (priority == -1 && p.natives.errno() != 0) {
            throw p.last();
        }
        return priority;
    }

    public static void setpriority(ProcSide p, int which, long who, int priority) throws OsException {
        p.check(p.calls.setpriority(which, (int) who, priority));
    }

    public static int nice(ProcSide p, int increment) throws OsException {
        p.natives.clearErrno();
        int niceness = p.calls.nice(increment);
        if (niceness == -1 && p.natives.errno() != 0) {
            throw p.last();
        }
        return niceness;
    }

    /** {@code times(2)} in clock ticks, over {@code sysconf(_SC_CLK_TCK)} ticks a second. */
    public static TimesResult times(ProcSide p) throws OsException {
        NativeBuffer out = Scratch.get().out();
        long elapsed = p.calls.times(out.address());
        p.check(elapsed);
        long ticks = p.calls.sysconf(ConfNames.of(p.abi).sysconf().get("SC_CLK_TCK"));
        p.check(ticks);
        ByteBuffer tms = out.bytes();
        double hz = ticks;
        return new TimesResult(tms.getLong(0) / hz, tms.getLong(Long.BYTES) / hz, tms.getLong(2 * Long.BYTES) / hz,
                tms.getLong(3 * Long.BYTES) / hz, elapsed / hz);
    }

    public static String ctermid(ProcSide p) {
        NativeBuffer out = Scratch.get().out();
        p.calls.ctermid(out.address());
        return PathCodec.decodeCString(out.bytes(), 0);
    }
}
