package org.osprey.posix.proc;

import org.osprey.os.OsException;
import org.osprey.os.ResIds;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;

/** Who the process is: its user and group ids, supplementary groups and login name. */
public final class Credentials {
    private Credentials() {
    }

    public static void setgroups(ProcSide p, long[] groups) throws OsException {
        p.check(p.calls.setgroups(groups.length, Scratch.get().out().putInts(groups)));
    }

    public static long[] getgrouplist(ProcSide p, String user, long group) throws OsException {
        long name = PathCodec.encode(user, Scratch.get().path());
        NativeBuffer out = Scratch.get().out();
        int size = 32;
        while (true) {
            // the count, then the groups
            out.ensure((size + 2) * Integer.BYTES).bytes().putInt(0, size);
            long count = out.address();
            if (p.calls.getgrouplist(name, (int) group, count + 2 * Integer.BYTES, count) >= 0) {
                return out.unsignedInts(2 * Integer.BYTES, out.bytes().getInt(0));
            }
            // Linux reports the size it needs; macOS leaves the count alone, so grow until it fits
            size = Math.max(out.bytes().getInt(0), size * 2);
        }
    }

    public static void initgroups(ProcSide p, String user, long group) throws OsException {
        p.check(p.calls.initgroups(PathCodec.encode(user, Scratch.get().path()), (int) group));
    }

    public static String getlogin(ProcSide p) throws OsException {
        NativeBuffer out = Scratch.get().out();
        while (true) {
            int rc = p.calls.getlogin_r(out.address(), out.capacity());
            if (rc == 0) {
                return PathCodec.decodeCString(out.bytes(), 0);
            }
            if (rc != PlatformErrno.ERANGE) {
                throw p.errors.of(rc, null, null);
            }
            out.grow();
        }
    }

    public static ResIds getresuid(ProcSide p) throws OsException {
        p.require("getresuid");
        NativeBuffer out = Scratch.get().out();
        p.check(p.calls.getresuid(out.address(), out.address() + Integer.BYTES, out.address() + 2 * Integer.BYTES));
        return ids(out);
    }

    public static ResIds getresgid(ProcSide p) throws OsException {
        p.require("getresgid");
        NativeBuffer out = Scratch.get().out();
        p.check(p.calls.getresgid(out.address(), out.address() + Integer.BYTES, out.address() + 2 * Integer.BYTES));
        return ids(out);
    }

    public static void setresuid(ProcSide p, long ruid, long euid, long suid) throws OsException {
        p.require("setresuid");
        p.check(p.calls.setresuid((int) ruid, (int) euid, (int) suid));
    }

    public static void setresgid(ProcSide p, long rgid, long egid, long sgid) throws OsException {
        p.require("setresgid");
        p.check(p.calls.setresgid((int) rgid, (int) egid, (int) sgid));
    }

    public static void setuid(ProcSide p, long uid) throws OsException {
        p.check(p.calls.setuid((int) uid));
    }

    public static void seteuid(ProcSide p, long euid) throws OsException {
        p.check(p.calls.seteuid((int) euid));
    }

    public static void setgid(ProcSide p, long gid) throws OsException {
        p.check(p.calls.setgid((int) gid));
    }

    public static void setegid(ProcSide p, long egid) throws OsException {
        p.check(p.calls.setegid((int) egid));
    }

    public static void setreuid(ProcSide p, long ruid, long euid) throws OsException {
        p.check(p.calls.setreuid((int) ruid, (int) euid));
    }

    public static void setregid(ProcSide p, long rgid, long egid) throws OsException {
        p.check(p.calls.setregid((int) rgid, (int) egid));
    }

    /** The real, effective and saved ids that {@code getres[ug]id} wrote at the start of {@code out}. */
    private static ResIds ids(NativeBuffer out) {
        long[] ids = out.unsignedInts(0, 3);
        return new ResIds(ids[0], ids[1], ids[2]);
    }
}
