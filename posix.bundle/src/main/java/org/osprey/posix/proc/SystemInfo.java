package org.osprey.posix.proc;

import java.nio.ByteBuffer;

import org.osprey.os.LoadAverage;
import org.osprey.os.OsException;
import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;

/** {@code sysconf}, {@code confstr}, the processor count and the load average. */
public final class SystemInfo {
    private SystemInfo() {
    }

    public static long sysconf(ProcSide p, int name) throws OsException {
        p.natives.clearErrno();
        long value = p.calls.sysconf(name);
        if (value == -1 && p.natives.errno() != 0) {
            throw p.last();
        }
        return value;
    }

    public static String confstr(ProcSide p, int name) throws OsException {
        NativeBuffer out = Scratch.get().out();
        while (true) {
            p.natives.clearErrno();
            long size = p.calls.confstr(name, out.address(), out.capacity());
            if (size == 0) {
                if (p.natives.errno() != 0) {
                    throw p.last();
                }
                return null;
            }
            if (size <= out.capacity()) {
                return PathCodec.decode(out.bytes(), 0, (int) size - 1);
            }
            out.ensure((int) size);
        }
    }

    /** Like Python's {@code os.cpu_count()}: the processors online, or -1 if that cannot be told. */
    public static int cpuCount(ProcSide p) {
        long online = p.calls.sysconf(ConfNames.of(p.abi).sysconf().get("SC_NPROCESSORS_ONLN"));
        return online < 1 || online > Integer.MAX_VALUE ? -1 : (int) online;
    }

    public static LoadAverage getloadavg(ProcSide p) throws OsException {
        NativeBuffer out = Scratch.get().out();
        if (p.calls.getloadavg(out.address(), 3) != 3) {
            // Python's message; getloadavg(3) sets no errno
            throw new OsException(0, "Load averages are unobtainable");
        }
        ByteBuffer averages = out.bytes();
        return new LoadAverage(averages.getDouble(0), averages.getDouble(Double.BYTES),
                averages.getDouble(2 * Double.BYTES));
    }
}
