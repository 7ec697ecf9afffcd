package org.osprey.posix.variant;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.osprey.os.Supports;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.abi.MapConstants;
import org.osprey.posix.abi.UnixSocketLayout;
import org.osprey.posix.abi.SiginfoLayout;
import org.osprey.posix.abi.SpawnConstants;
import org.osprey.posix.abi.StatvfsLayout;
import org.osprey.posix.files.DeviceNumbers;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.NativeDoor;

/**
 * What differs between the POSIX systems served, Linux and macOS (Darwin): the one place the provider asks, in
 * place of tests of the OS spread over its code. Each variant is a package of its own, with the calls and
 * bindings only it has; {@link Abi#variant()} is the running one.
 */
public interface Variant {
    /** Functions of Python's {@code os} whose {@code dir_fd}, fd and {@code follow_symlinks} forms both have. */
    Set<String> DIR_FD = Set.of("access", "chmod", "chown", "link", "mkdir", "open", "readlink", "rename", "rmdir",
            "stat", "symlink", "unlink", "utime");
    Set<String> FD = Set.of("chdir", "chmod", "chown", "listdir", "pathconf", "scandir", "stat", "statvfs",
            "truncate", "utime");
    Set<String> EFFECTIVE_IDS = Set.of("access");

    /** {@link #DIR_FD} and {@code more}, as one set. */
    static Set<String> dirFdAnd(Set<String> more) {
        Set<String> all = new HashSet<>(DIR_FD);
        all.addAll(more);
        return Set.copyOf(all);
    }

    Supports supports();

    /** C functions this variant's C library lacks, which bindings leave unbound. */
    Set<String> absentSymbols();

    /**
     * Throws the {@link UnsupportedOperationException} for a function of Python's {@code os} that this variant
     * lacks (as Python lacks it here); returns for any other.
     */
    void require(String function);

    /** The address of the process's {@code char **environ} variable. */
    long environVariable(LibC libc);

    /** Whether directories can be read with {@code getdents64(2)}. */
    boolean hasGetdents64();

    StatvfsLayout statvfs();

    DeviceNumbers devices();

    /** The {@code pathconf} names and their numbers. */
    Map<String, Integer> pathconfNames();

    /** The errno values by Python name ({@code "ENOENT"}). */
    Map<String, Integer> errnoConstants();

    /** {@code PRIO_*}, {@code SCHED_*}, {@code RTLD_*} and {@code EX_*}, by Python name. */
    Map<String, Integer> processConstants();

    /** Every {@code SIG*} Python's {@code signal} module has here, by name. */
    Map<String, Integer> signalConstants();

    /** The {@code W*}, {@code P_*} and {@code CLD_*} of Python's {@code os} here, by name. */
    Map<String, Integer> waitConstants();

    /**
     * {@code WIFSTOPPED}, {@code WSTOPSIG} and {@code WIFCONTINUED}, the {@code <sys/wait.h>} macros whose meaning
     * differs between the variants (Linux marks a continued child 0xffff, macOS as stopped by {@code SIGCONT}).
     */
    boolean wifstopped(int status);

    int wstopsig(int status);

    boolean wifcontinued(int status);

    /** {@code posix_spawn}'s attribute flags and the range of signal numbers. */
    SpawnConstants spawn();

    /** {@code SIG_SETMASK}, for {@code pthread_sigmask}. */
    int sigSetmask();

    /** Where {@code siginfo_t} keeps what {@code waitid} reports. */
    SiginfoLayout siginfo();

    /** The {@code sysconf} and {@code confstr} names (made anew: {@link ConfNames#of} keeps them). */
    ConfNames confNames();

    /** Adds the {@code O_*}, {@code SEEK_*} and {@code POSIX_FADV_*} constants that differ to {@code c}. */
    void addFdConstants(Map<String, Integer> c, Abi abi);

    /** {@code TIOCGWINSZ}, the ioctl that reads a terminal's {@code struct winsize}. */
    long tiocgwinsz();

    /** The {@code open} flags that take a {@code mode}: {@code O_CREAT} and any other. */
    int modeFlags(int oCreat);

    /** Whether {@code dup3} and {@code pipe2} make close-on-exec descriptors in one step. */
    boolean atomicCloexec();

    /** The memory-map numbers ({@code mmap}). */
    MapConstants mapConstants();

    /** The {@code AF_UNIX} socket numbers and {@code struct sockaddr_un}. */
    UnixSocketLayout unixSockets();

    /** The calls only this variant makes, bound over {@code door} on first use. */
    PlatformCalls calls(NativeDoor door);
}
