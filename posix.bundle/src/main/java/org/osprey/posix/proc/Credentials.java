package org.osprey.posix.proc;

import jnr.constants.platform.Errno;
import jnr.ffi.Pointer;
import org.osprey.os.OsException;
import org.osprey.os.ResIds;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.path.PathCodec;

/** Who the process is: its user and group ids, supplementary groups and login name. */
public final class Credentials {
    private Credentials() {
    }

    public static void setgroups(ProcSide p, long[] groups) throws OsException {
        int[] ids = new int[groups.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = (int) groups[i];
        }
        p.check(p.calls.setgroups(ids.length, ids));
    }

    public static long[] getgrouplist(ProcSide p, String user, long group) throws OsException {
        Pointer name = PathCodec.encode(user, Scratch.get().path());
        int size = 32;
        while (true) {
            int[] groups = new int[size];
            int[] count = {size};
            if (p.calls.getgrouplist(name, (int) group, groups, count) >= 0) {
                return unsigned(groups, count[0]);
            }
            // Linux reports the size it needs; macOS leaves the count alone, so grow until it fits
            size = Math.max(count[0], size * 2);
        }
    }

    public static void initgroups(ProcSide p, String user, long group) throws OsException {
        p.check(p.calls.initgroups(PathCodec.encode(user, Scratch.get().path()), (int) group));
    }

    public static String getlogin(ProcSide p) throws OsException {
        NativeBuffer out = Scratch.get().out();
        while (true) {
            int rc = p.calls.getlogin_r(out.pointer(), out.capacity());
            if (rc == 0) {
                return PathCodec.decodeCString(out.bytes(), 0);
            }
            if (rc != Errno.ERANGE.intValue()) {
                throw p.errors.of(rc, null, null);
            }
            out.grow();
        }
    }

    public static ResIds getresuid(ProcSide p) throws OsException {
        p.require("getresuid");
        int[] r = new int[1];
        int[] e = new int[1];
        int[] s = new int[1];
        p.check(p.calls.getresuid(r, e, s));
        return ids(r, e, s);
    }

    public static ResIds getresgid(ProcSide p) throws OsException {
        p.require("getresgid");
        int[] r = new int[1];
        int[] e = new int[1];
        int[] s = new int[1];
        p.check(p.calls.getresgid(r, e, s));
        return ids(r, e, s);
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

    private static ResIds ids(int[] real, int[] effective, int[] saved) {
        return new ResIds(Integer.toUnsignedLong(real[0]), Integer.toUnsignedLong(effective[0]),
                Integer.toUnsignedLong(saved[0]));
    }

    private static long[] unsigned(int[] ids, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = Integer.toUnsignedLong(ids[i]);
        }
        return out;
    }
}
