package org.osprey.posix.proc;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jnr.constants.platform.Errno;
import org.osprey.os.OsException;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitResult;
import org.osprey.os.WaitidResult;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.Processes.WaitMacro;
import org.osprey.posix.abi.RusageLayout;
import org.osprey.posix.abi.SiginfoLayout;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.ChildCalls;
import org.osprey.posix.natives.NativeDoor;

/**
 * Signals, waiting and starting programs: {@code kill}, {@code waitpid}/{@code wait4}/{@code waitid} (retried on
 * EINTR, PEP 475), {@code posix_spawn} and {@code execve}, over their {@link ChildCalls} binding made on first use.
 */
public final class Children {
    private static final int EINTR = Errno.EINTR.intValue();
    /** The status word's low 7 bits: 0 exited, 0x7f stopped, else the signal that ended the child. */
    private static final int LOW7 = 0x7f;
    private static final int STOPPED = 0x7f;
    private static final int CORE = 0x80;
    /** {@code POSIX_SPAWN_SETSIGMASK}: 0x08 in glibc and on macOS alike. */
    private static final int SETSIGMASK = 0x08;

    private final ProcSide p;
    private final ChildCalls calls;

    private Children(NativeDoor door) {
        this.p = ProcSide.of(door);
        this.calls = door.bind(ChildCalls.class, ChildCalls::new, Set.of("pidfd_open"));
    }

    /** The calls bound through the provider's door (bound by the first caller). */
    public static Children of(NativeDoor door) {
        return door.part(Children.class, Children::new);
    }

    public Map<String, Integer> signalConstants() {
        return p.variant.signalConstants();
    }

    public Map<String, Integer> waitConstants() {
        return p.variant.waitConstants();
    }

    public void kill(long pid, int signal) throws OsException {
        p.check(calls.kill((int) pid, signal));
    }

    public void killpg(long pgid, int signal) throws OsException {
        p.check(calls.killpg((int) pgid, signal));
    }

    public int pidfdOpen(long pid, int flags) throws OsException {
        if (!calls.hasPidfdOpen()) {
            throw Unsupported.of("pidfd_open", "the C library has no pidfd_open (Linux 5.3+ with glibc 2.36+)");
        }
        int fd = calls.pidfd_open((int) pid, flags);
        if (fd < 0) {
            throw p.last();
        }
        return fd;
    }

    /** Throws the last error unless it is EINTR, after which the caller tries again. */
    private boolean interrupted(int rc) throws OsException {
        if (rc != -1) {
            return false;
        }
        if (p.natives.errno() != EINTR) {
            throw p.last();
        }
        return true;
    }

    public WaitResult waitpid(long pid, int options) throws OsException {
        NativeBuffer out = Scratch.get().out();
        int child;
        do {
            child = calls.waitpid((int) pid, out.address(), options);
        } while (interrupted(child));
        return new WaitResult(child, child == 0 ? 0 : out.bytes().getInt(0));
    }

    public Wait4Result wait4(long pid, int options) throws OsException {
        NativeBuffer out = Scratch.get().out();
        ByteBuffer b = out.bytes();
        int child;
        do {
            b.putInt(0, 0);
            RusageLayout.clear(b, Long.BYTES);
            child = calls.wait4((int) pid, out.address(), options, out.address() + Long.BYTES);
        } while (interrupted(child));
        return new Wait4Result(child, b.getInt(0), RusageLayout.read(b, Long.BYTES));
    }

    public WaitidResult waitid(int idtype, long id, int options) throws OsException {
        SiginfoLayout layout = p.variant.siginfo();
        NativeBuffer out = Scratch.get().out();
        ByteBuffer b = out.bytes();
        do {
            b.putInt(layout.pid(), 0); // as CPython: a pid still 0 after WNOHANG means no child was ready
        } while (interrupted(calls.waitid(idtype, (int) id, out.address(), options)));
        int pid = b.getInt(layout.pid());
        if (pid == 0) {
            return null;
        }
        return new WaitidResult(pid, Integer.toUnsignedLong(b.getInt(layout.uid())), b.getInt(layout.signo()),
                b.getInt(layout.status()), b.getInt(layout.code()));
    }

    /** The {@code <sys/wait.h>} macros: the traditional layout both variants share, and where they differ. */
    public int waitStatus(WaitMacro macro, int status) {
        int low = status & LOW7;
        return switch (macro) {
            case WIFEXITED -> low == 0 ? 1 : 0;
            case WEXITSTATUS -> (status >> 8) & 0xff;
            case WIFSIGNALED -> low != 0 && low != STOPPED ? 1 : 0;
            case WTERMSIG -> low;
            case WIFSTOPPED -> p.variant.wifstopped(status) ? 1 : 0;
            case WSTOPSIG -> p.variant.wstopsig(status);
            case WIFCONTINUED -> p.variant.wifcontinued(status) ? 1 : 0;
            case WCOREDUMP -> (status & CORE) != 0 ? 1 : 0;
        };
    }

    /**
     * Starts {@code file}; a program that cannot start is its error, about {@code file}. The child starts with no
     * signal blocked, as a child of a Python thread does: a JVM thread may block nearly every signal (the launcher
     * runs {@code main} so), and a child that inherited that mask would not even die of {@code SIGTERM}.
     */
    public long spawn(String file, List<String> args, Map<String, String> env, boolean search)
            throws OsException {
        ProgramImage image = new ProgramImage(file, args, env);
        long envp = image.envp != 0 ? image.envp : p.natives.environ();
        failIf(calls.posixSpawnattrInit(image.attr), file);
        int error;
        try {
            failIf(calls.sigemptyset(image.sigset) == -1 ? p.natives.errno() : 0, file);
            failIf(calls.posixSpawnattrSetsigmask(image.attr, image.sigset), file);
            failIf(calls.posixSpawnattrSetflags(image.attr, SETSIGMASK), file);
            do {
                error = calls.posixSpawn(image.pidSlot, image.file, image.attr, image.argv, envp, search);
            } while (error == EINTR);
        } finally {
            calls.posixSpawnattrDestroy(image.attr);
            Reference.reachabilityFence(image);
        }
        failIf(error, file);
        return image.pid();
    }

    private void failIf(int error, String file) throws OsException {
        if (error != 0) {
            throw p.errors.of(error, file, null);
        }
    }

    /**
     * Replaces the process's program; returns only by throwing the error, about {@code file}. The calling thread's
     * signal mask, which the new program would keep, is emptied first (and restored if the exec fails), as for
     * {@link #spawn}.
     */
    public void exec(String file, List<String> args, Map<String, String> env, boolean search) throws OsException {
        ProgramImage image = new ProgramImage(file, args, env);
        failIf(calls.sigemptyset(image.sigset) == -1 ? p.natives.errno() : 0, file);
        failIf(calls.pthreadSigmask(p.variant.sigSetmask(), image.sigset, image.savedSigset), file);
        OsException error;
        try {
            if (search && image.envp == 0) {
                calls.execvp(image.file, image.argv);
            } else {
                calls.execve(image.file, image.argv, image.envp != 0 ? image.envp : p.natives.environ());
            }
            error = p.errors.last(file);
        } finally {
            calls.pthreadSigmask(p.variant.sigSetmask(), image.savedSigset, 0);
            Reference.reachabilityFence(image);
        }
        throw error;
    }

    public void exit(int status) {
        calls.exit(status);
    }

    public void abort() {
        calls.abort();
    }
}
