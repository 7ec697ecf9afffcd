package org.osprey.posix.natives;

import java.util.Set;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.POINTER;
import static org.osprey.posix.natives.Binder.VOID;

/**
 * The C library's calls that signal, wait for, start and replace processes, bound on first use (by
 * {@code org.osprey.posix.proc.Children}). {@code pid_t} and {@code id_t} pass as {@code int}; {@code argv} and
 * {@code envp} are native arrays of C strings ending in a null pointer.
 */
public final class ChildCalls {
    private final CFunction kill;
    private final CFunction killpg;
    private final CFunction waitpid;
    private final CFunction wait4;
    private final CFunction waitid;
    private final CFunction posix_spawn;
    private final CFunction posix_spawnp;
    private final CFunction execve;
    private final CFunction execvp;
    private final CFunction posix_spawnattr_init;
    private final CFunction posix_spawnattr_destroy;
    private final CFunction posix_spawnattr_setflags;
    private final CFunction posix_spawnattr_setsigmask;
    private final CFunction posix_spawnattr_setsigdefault;
    private final CFunction posix_spawnattr_setpgroup;
    private final CFunction posix_spawnattr_setschedpolicy;
    private final CFunction posix_spawnattr_setschedparam;
    private final CFunction posix_spawn_file_actions_init;
    private final CFunction posix_spawn_file_actions_destroy;
    private final CFunction posix_spawn_file_actions_addopen;
    private final CFunction posix_spawn_file_actions_addclose;
    private final CFunction posix_spawn_file_actions_adddup2;
    private final CFunction posix_spawn_file_actions_addclosefrom_np;
    private final CFunction posix_spawn_file_actions_addchdir_np;
    private final CFunction sigaddset;
    private final CFunction getenv;
    private final CFunction sigemptyset;
    private final CFunction pthread_sigmask;
    private final CFunction exit;
    private final CFunction abort;
    private final CFunction pidfd_open;
    /** The optional calls this C library lacks, found once when bound. */
    private final Set<String> absent;

    public ChildCalls(Binder b) {
        kill = b.function("kill", INT, INT, INT);
        killpg = b.function("killpg", INT, INT, INT);
        waitpid = b.function("waitpid", INT, INT, POINTER, INT);
        wait4 = b.function("wait4", INT, INT, POINTER, INT, POINTER);
        waitid = b.function("waitid", INT, INT, INT, POINTER, INT);
        posix_spawn = b.function("posix_spawn", INT, POINTER, POINTER, POINTER, POINTER, POINTER, POINTER);
        posix_spawnp = b.function("posix_spawnp", INT, POINTER, POINTER, POINTER, POINTER, POINTER, POINTER);
        posix_spawnattr_init = b.function("posix_spawnattr_init", INT, POINTER);
        posix_spawnattr_destroy = b.function("posix_spawnattr_destroy", INT, POINTER);
        posix_spawnattr_setflags = b.function("posix_spawnattr_setflags", INT, POINTER, INT); // short flags
        posix_spawnattr_setsigmask = b.function("posix_spawnattr_setsigmask", INT, POINTER, POINTER);
        posix_spawnattr_setsigdefault = b.function("posix_spawnattr_setsigdefault", INT, POINTER, POINTER);
        posix_spawnattr_setpgroup = b.function("posix_spawnattr_setpgroup", INT, POINTER, INT);
        posix_spawnattr_setschedpolicy = b.function("posix_spawnattr_setschedpolicy", INT, POINTER, INT);
        posix_spawnattr_setschedparam = b.function("posix_spawnattr_setschedparam", INT, POINTER, POINTER);
        posix_spawn_file_actions_init = b.function("posix_spawn_file_actions_init", INT, POINTER);
        posix_spawn_file_actions_destroy = b.function("posix_spawn_file_actions_destroy", INT, POINTER);
        posix_spawn_file_actions_addopen = b.function("posix_spawn_file_actions_addopen", INT, POINTER, INT,
                POINTER, INT, INT);
        posix_spawn_file_actions_addclose = b.function("posix_spawn_file_actions_addclose", INT, POINTER, INT);
        posix_spawn_file_actions_adddup2 = b.function("posix_spawn_file_actions_adddup2", INT, POINTER, INT, INT);
        posix_spawn_file_actions_addclosefrom_np = b.function("posix_spawn_file_actions_addclosefrom_np", INT,
                POINTER, INT);
        posix_spawn_file_actions_addchdir_np = b.function("posix_spawn_file_actions_addchdir_np", INT, POINTER,
                POINTER);
        sigemptyset = b.function("sigemptyset", INT, POINTER);
        sigaddset = b.function("sigaddset", INT, POINTER, INT);
        getenv = b.function("getenv", POINTER, POINTER);
        pthread_sigmask = b.function("pthread_sigmask", INT, INT, POINTER, POINTER);
        execve = b.function("execve", INT, POINTER, POINTER, POINTER);
        execvp = b.function("execvp", INT, POINTER, POINTER);
        exit = b.function("_exit", VOID, INT);
        abort = b.function("abort", VOID);
        pidfd_open = b.function("pidfd_open", INT, INT, INT);
        absent = b.absent();
    }

    /** The calls that not every C library has, bound optionally. */
    public static final Set<String> OPTIONAL = Set.of("pidfd_open", "posix_spawn_file_actions_addclosefrom_np",
            "posix_spawn_file_actions_addchdir_np", "posix_spawnattr_setschedpolicy",
            "posix_spawnattr_setschedparam");

    /** Whether the C library has {@code function}, one of {@link #OPTIONAL}. */
    public boolean has(String function) {
        return !absent.contains(function);
    }

    /** A process descriptor (close-on-exec), or -1 with errno set. */
    public int pidfd_open(int pid, int flags) {
        return (int) pidfd_open.call(pid, flags);
    }

    public int kill(int pid, int signal) {
        return (int) kill.call(pid, signal);
    }

    public int killpg(int pgrp, int signal) {
        return (int) killpg.call(pgrp, signal);
    }

    /** The pid, 0 ({@code WNOHANG}, none ready) or -1; the status at {@code status}. */
    public int waitpid(int pid, long status, int options) {
        return (int) waitpid.call(pid, status, options);
    }

    public int wait4(int pid, long status, int options, long rusage) {
        return (int) wait4.call(pid, status, options, rusage);
    }

    public int waitid(int idtype, int id, long siginfo, int options) {
        return (int) waitid.call(idtype, id, siginfo, options);
    }

    /** Returns an error number (0: started), never -1; the pid at {@code pid}. */
    public int posixSpawn(long pid, long path, long fileActions, long attr, long argv, long envp, boolean search) {
        return (int) (search ? posix_spawnp : posix_spawn).call(pid, path, fileActions, attr, argv, envp);
    }

    /** The {@code posix_spawnattr_*} and {@code posix_spawn_file_actions_*} calls return an error number (0: done). */
    public int posixSpawnattrInit(long attr) {
        return (int) posix_spawnattr_init.call(attr);
    }

    public int posixSpawnattrDestroy(long attr) {
        return (int) posix_spawnattr_destroy.call(attr);
    }

    public int posixSpawnattrSetflags(long attr, int flags) {
        return (int) posix_spawnattr_setflags.call(attr, flags);
    }

    public int posixSpawnattrSetsigmask(long attr, long sigset) {
        return (int) posix_spawnattr_setsigmask.call(attr, sigset);
    }

    public int posixSpawnattrSetsigdefault(long attr, long sigset) {
        return (int) posix_spawnattr_setsigdefault.call(attr, sigset);
    }

    public int posixSpawnattrSetpgroup(long attr, int pgroup) {
        return (int) posix_spawnattr_setpgroup.call(attr, pgroup);
    }

    public int posixSpawnattrSetschedpolicy(long attr, int policy) {
        return (int) posix_spawnattr_setschedpolicy.call(attr, policy);
    }

    public int posixSpawnattrSetschedparam(long attr, long param) {
        return (int) posix_spawnattr_setschedparam.call(attr, param);
    }

    public int fileActionsInit(long actions) {
        return (int) posix_spawn_file_actions_init.call(actions);
    }

    public int fileActionsDestroy(long actions) {
        return (int) posix_spawn_file_actions_destroy.call(actions);
    }

    public int fileActionsAddopen(long actions, int fd, long path, int flags, int mode) {
        return (int) posix_spawn_file_actions_addopen.call(actions, fd, path, flags, mode);
    }

    public int fileActionsAddclose(long actions, int fd) {
        return (int) posix_spawn_file_actions_addclose.call(actions, fd);
    }

    public int fileActionsAdddup2(long actions, int fd, int newFd) {
        return (int) posix_spawn_file_actions_adddup2.call(actions, fd, newFd);
    }

    /** glibc 2.34+ only. */
    public int fileActionsAddclosefrom(long actions, int from) {
        return (int) posix_spawn_file_actions_addclosefrom_np.call(actions, from);
    }

    /** glibc 2.29+ and macOS 10.15+ only. */
    public int fileActionsAddchdir(long actions, long path) {
        return (int) posix_spawn_file_actions_addchdir_np.call(actions, path);
    }

    /** Returns -1 with errno set for a signal the C library does not take. */
    public int sigaddset(long set, int signal) {
        return (int) sigaddset.call(set, signal);
    }

    /** The value of the variable named at {@code name}, or 0. */
    public long getenv(long name) {
        return getenv.call(name);
    }

    public int sigemptyset(long set) {
        return (int) sigemptyset.call(set);
    }

    /** Returns an error number (0: done); {@code old} may be 0. */
    public int pthreadSigmask(int how, long set, long old) {
        return (int) pthread_sigmask.call(how, set, old);
    }

    /** Returns only on failure (-1). */
    public int execve(long path, long argv, long envp) {
        return (int) execve.call(path, argv, envp);
    }

    /** Looks {@code file} up in the process's {@code PATH}; returns only on failure (-1). */
    public int execvp(long file, long argv) {
        return (int) execvp.call(file, argv);
    }

    /** {@code _exit(2)}: never returns. */
    public void exit(int status) {
        exit.call(status);
    }

    public void abort() {
        abort.call();
    }
}
