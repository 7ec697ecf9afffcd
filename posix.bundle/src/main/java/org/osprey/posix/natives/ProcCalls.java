package org.osprey.posix.natives;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.types.size_t;
import jnr.ffi.types.ssize_t;

/**
 * The C library's process-parameter, system-information, scheduling and randomness calls, bound by jnr-ffi
 * on first use (by {@code org.osprey.posix.proc.ProcSide}). Ids ({@code uid_t}, {@code gid_t}, {@code pid_t},
 * {@code id_t}) are 32-bit on every served ABI and pass as {@code int}, bit for bit. Public because jnr-ffi
 * implements it in a class of its own loader.
 */
public interface ProcCalls {
    // ---- groups and ids ----

    @SaveError
    int setgroups(@size_t long size, int[] list);

    /** Returns -1 if {@code groups} was too small, with {@code *ngroups} then the size needed (Linux). */
    int getgrouplist(Pointer user, int group, int[] groups, int[] ngroups);

    @SaveError
    int initgroups(Pointer user, int group);

    /** Returns the error number. */
    int getlogin_r(Pointer buf, @size_t long size);

    @SaveError
    int getresuid(int[] ruid, int[] euid, int[] suid);

    @SaveError
    int getresgid(int[] rgid, int[] egid, int[] sgid);

    @SaveError
    int setresuid(int ruid, int euid, int suid);

    @SaveError
    int setresgid(int rgid, int egid, int sgid);

    @SaveError
    int setuid(int uid);

    @SaveError
    int seteuid(int euid);

    @SaveError
    int setgid(int gid);

    @SaveError
    int setegid(int egid);

    @SaveError
    int setreuid(int ruid, int euid);

    @SaveError
    int setregid(int rgid, int egid);

    // ---- process groups, sessions, priority ----

    @SaveError
    int getpgid(int pid);

    int getpgrp();

    @SaveError
    int setpgid(int pid, int pgid);

    @SaveError
    int getsid(int pid);

    @SaveError
    int setsid();

    @SaveError
    int tcgetpgrp(int fd);

    @SaveError
    int tcsetpgrp(int fd, int pgrp);

    /** -1 is a valid niceness: clear errno before the call and look at it after. */
    @SaveError
    int getpriority(int which, int who);

    @SaveError
    int setpriority(int which, int who, int prio);

    /** The new niceness; -1 is valid, as for {@code getpriority}. */
    @SaveError
    int nice(int increment);

    /** Fills a {@code struct tms} (four {@code clock_t}) and returns the elapsed ticks, or -1. */
    @SaveError
    long times(Pointer tms);

    /** Writes the terminal's name into {@code buf} and returns it. */
    Pointer ctermid(Pointer buf);

    // ---- system ----

    @SaveError
    long sysconf(int name);

    /** The size the value needs, NUL included; 0 for no value (errno unchanged) or an error (errno set). */
    @SaveError
    @size_t
    long confstr(int name, Pointer buf, @size_t long len);

    /** How many averages it wrote, or -1. */
    int getloadavg(double[] loadavg, int nelem);

    // ---- randomness ----

    /** Linux: at most 33554431 bytes per call; may return fewer or fail with EINTR. */
    @SaveError
    @ssize_t
    long getrandom(Pointer buf, @size_t long len, int flags);

    /** At most 256 bytes per call. */
    @SaveError
    int getentropy(Pointer buf, @size_t long len);

    // ---- scheduling ----

    @SaveError
    int sched_yield();

    @SaveError
    int sched_get_priority_min(int policy);

    @SaveError
    int sched_get_priority_max(int policy);

    @SaveError
    int sched_getaffinity(int pid, @size_t long size, Pointer mask);

    @SaveError
    int sched_setaffinity(int pid, @size_t long size, Pointer mask);

    @SaveError
    int sched_getscheduler(int pid);

    /** {@code param}: Linux's {@code struct sched_param}, one {@code int}. */
    @SaveError
    int sched_setscheduler(int pid, int policy, int[] param);

    @SaveError
    int sched_getparam(int pid, int[] param);

    @SaveError
    int sched_setparam(int pid, int[] param);

    /** Fills a {@code struct timespec}. */
    @SaveError
    int sched_rr_get_interval(int pid, Pointer interval);
}
