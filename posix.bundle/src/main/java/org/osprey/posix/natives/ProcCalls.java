package org.osprey.posix.natives;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.LONG;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.SIZE;

/**
 * The C library's process-parameter, system-information, scheduling and randomness calls, bound on first use
 * (by {@code org.osprey.posix.proc.ProcSide}). Ids ({@code uid_t}, {@code gid_t}, {@code pid_t}, {@code id_t})
 * are 32-bit on every served ABI and pass as {@code int}, bit for bit; arrays are native memory.
 */
public final class ProcCalls {
    private final CFunction setgroups;
    private final CFunction getgrouplist;
    private final CFunction initgroups;
    private final CFunction getlogin_r;
    private final CFunction getresuid;
    private final CFunction getresgid;
    private final CFunction setresuid;
    private final CFunction setresgid;
    private final CFunction setuid;
    private final CFunction seteuid;
    private final CFunction setgid;
    private final CFunction setegid;
    private final CFunction setreuid;
    private final CFunction setregid;
    private final CFunction getpgid;
    private final CFunction getpgrp;
    private final CFunction setpgid;
    private final CFunction getsid;
    private final CFunction setsid;
    private final CFunction tcgetpgrp;
    private final CFunction tcsetpgrp;
    private final CFunction getpriority;
    private final CFunction setpriority;
    private final CFunction nice;
    private final CFunction times;
    private final CFunction ctermid;
    private final CFunction sysconf;
    private final CFunction confstr;
    private final CFunction getloadavg;
    private final CFunction getrandom;
    private final CFunction getentropy;
    private final CFunction sched_yield;
    private final CFunction sched_get_priority_min;
    private final CFunction sched_get_priority_max;
    private final CFunction sched_getaffinity;
    private final CFunction sched_setaffinity;
    private final CFunction sched_getscheduler;
    private final CFunction sched_setscheduler;
    private final CFunction sched_getparam;
    private final CFunction sched_setparam;
    private final CFunction sched_rr_get_interval;

    public ProcCalls(Binder b) {
        setgroups = b.function("setgroups", INT, SIZE, POINTER);
        getgrouplist = b.function("getgrouplist", INT, POINTER, INT, POINTER, POINTER);
        initgroups = b.function("initgroups", INT, POINTER, INT);
        getlogin_r = b.function("getlogin_r", INT, POINTER, SIZE);
        getresuid = b.function("getresuid", INT, POINTER, POINTER, POINTER);
        getresgid = b.function("getresgid", INT, POINTER, POINTER, POINTER);
        setresuid = b.function("setresuid", INT, INT, INT, INT);
        setresgid = b.function("setresgid", INT, INT, INT, INT);
        setuid = b.function("setuid", INT, INT);
        seteuid = b.function("seteuid", INT, INT);
        setgid = b.function("setgid", INT, INT);
        setegid = b.function("setegid", INT, INT);
        setreuid = b.function("setreuid", INT, INT, INT);
        setregid = b.function("setregid", INT, INT, INT);
        getpgid = b.function("getpgid", INT, INT);
        getpgrp = b.function("getpgrp", INT);
        setpgid = b.function("setpgid", INT, INT, INT);
        getsid = b.function("getsid", INT, INT);
        setsid = b.function("setsid", INT);
        tcgetpgrp = b.function("tcgetpgrp", INT, INT);
        tcsetpgrp = b.function("tcsetpgrp", INT, INT, INT);
        getpriority = b.function("getpriority", INT, INT, INT);
        setpriority = b.function("setpriority", INT, INT, INT, INT);
        nice = b.function("nice", INT, INT);
        times = b.function("times", LONG, POINTER);
        ctermid = b.function("ctermid", POINTER, POINTER);
        sysconf = b.function("sysconf", LONG, INT);
        confstr = b.function("confstr", SIZE, INT, POINTER, SIZE);
        getloadavg = b.function("getloadavg", INT, POINTER, INT);
        getrandom = b.function("getrandom", LONG, POINTER, SIZE, INT);
        getentropy = b.function("getentropy", INT, POINTER, SIZE);
        sched_yield = b.function("sched_yield", INT);
        sched_get_priority_min = b.function("sched_get_priority_min", INT, INT);
        sched_get_priority_max = b.function("sched_get_priority_max", INT, INT);
        sched_getaffinity = b.function("sched_getaffinity", INT, INT, SIZE, POINTER);
        sched_setaffinity = b.function("sched_setaffinity", INT, INT, SIZE, POINTER);
        sched_getscheduler = b.function("sched_getscheduler", INT, INT);
        sched_setscheduler = b.function("sched_setscheduler", INT, INT, INT, POINTER);
        sched_getparam = b.function("sched_getparam", INT, INT, POINTER);
        sched_setparam = b.function("sched_setparam", INT, INT, POINTER);
        sched_rr_get_interval = b.function("sched_rr_get_interval", INT, INT, POINTER);
    }

    // ---- groups and ids ----

    public int setgroups(long size, long list) {
        return (int) setgroups.call(size, list);
    }

    /** Returns -1 if {@code groups} was too small, with {@code *ngroups} then the size needed (Linux). */
    public int getgrouplist(long user, int group, long groups, long ngroups) {
        return (int) getgrouplist.call(user, group, groups, ngroups);
    }

    public int initgroups(long user, int group) {
        return (int) initgroups.call(user, group);
    }

    /** Returns the error number. */
    public int getlogin_r(long buf, long size) {
        return (int) getlogin_r.call(buf, size);
    }

    public int getresuid(long ruid, long euid, long suid) {
        return (int) getresuid.call(ruid, euid, suid);
    }

    public int getresgid(long rgid, long egid, long sgid) {
        return (int) getresgid.call(rgid, egid, sgid);
    }

    public int setresuid(int ruid, int euid, int suid) {
        return (int) setresuid.call(ruid, euid, suid);
    }

    public int setresgid(int rgid, int egid, int sgid) {
        return (int) setresgid.call(rgid, egid, sgid);
    }

    public int setuid(int uid) {
        return (int) setuid.call(uid);
    }

    public int seteuid(int euid) {
        return (int) seteuid.call(euid);
    }

    public int setgid(int gid) {
        return (int) setgid.call(gid);
    }

    public int setegid(int egid) {
        return (int) setegid.call(egid);
    }

    public int setreuid(int ruid, int euid) {
        return (int) setreuid.call(ruid, euid);
    }

    public int setregid(int rgid, int egid) {
        return (int) setregid.call(rgid, egid);
    }

    // ---- process groups, sessions, priority ----

    public int getpgid(int pid) {
        return (int) getpgid.call(pid);
    }

    public int getpgrp() {
        return (int) getpgrp.call();
    }

    public int setpgid(int pid, int pgid) {
        return (int) setpgid.call(pid, pgid);
    }

    public int getsid(int pid) {
        return (int) getsid.call(pid);
    }

    public int setsid() {
        return (int) setsid.call();
    }

    public int tcgetpgrp(int fd) {
        return (int) tcgetpgrp.call(fd);
    }

    public int tcsetpgrp(int fd, int pgrp) {
        return (int) tcsetpgrp.call(fd, pgrp);
    }

    /** -1 is a valid niceness: clear errno before the call and look at it after. */
    public int getpriority(int which, int who) {
        return (int) getpriority.call(which, who);
    }

    public int setpriority(int which, int who, int prio) {
        return (int) setpriority.call(which, who, prio);
    }

    /** The new niceness; -1 is valid, as for {@code getpriority}. */
    public int nice(int increment) {
        return (int) nice.call(increment);
    }

    /** Fills a {@code struct tms} (four {@code clock_t}) and returns the elapsed ticks, or -1. */
    public long times(long tms) {
        return times.call(tms);
    }

    /** Writes the terminal's name into {@code buf} and returns it. */
    public long ctermid(long buf) {
        return ctermid.call(buf);
    }

    // ---- system ----

    public long sysconf(int name) {
        return sysconf.call(name);
    }

    /** The size the value needs, NUL included; 0 for no value (errno unchanged) or an error (errno set). */
    public long confstr(int name, long buf, long len) {
        return confstr.call(name, buf, len);
    }

    /** How many averages it wrote, or -1. */
    public int getloadavg(long loadavg, int nelem) {
        return (int) getloadavg.call(loadavg, nelem);
    }

    // ---- randomness ----

    /** Linux: at most 33554431 bytes per call; may return fewer or fail with EINTR. */
    public long getrandom(long buf, long len, int flags) {
        return getrandom.call(buf, len, flags);
    }

    /** At most 256 bytes per call. */
    public int getentropy(long buf, long len) {
        return (int) getentropy.call(buf, len);
    }

    // ---- scheduling ----

    public int sched_yield() {
        return (int) sched_yield.call();
    }

    public int sched_get_priority_min(int policy) {
        return (int) sched_get_priority_min.call(policy);
    }

    public int sched_get_priority_max(int policy) {
        return (int) sched_get_priority_max.call(policy);
    }

    public int sched_getaffinity(int pid, long size, long mask) {
        return (int) sched_getaffinity.call(pid, size, mask);
    }

    public int sched_setaffinity(int pid, long size, long mask) {
        return (int) sched_setaffinity.call(pid, size, mask);
    }

    public int sched_getscheduler(int pid) {
        return (int) sched_getscheduler.call(pid);
    }

    /** {@code param}: Linux's {@code struct sched_param}, one {@code int}. */
    public int sched_setscheduler(int pid, int policy, long param) {
        return (int) sched_setscheduler.call(pid, policy, param);
    }

    public int sched_getparam(int pid, long param) {
        return (int) sched_getparam.call(pid, param);
    }

    public int sched_setparam(int pid, long param) {
        return (int) sched_setparam.call(pid, param);
    }

    /** Fills a {@code struct timespec}. */
    public int sched_rr_get_interval(int pid, long interval) {
        return (int) sched_rr_get_interval.call(pid, interval);
    }
}
