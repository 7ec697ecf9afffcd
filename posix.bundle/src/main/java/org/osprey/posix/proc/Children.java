package org.osprey.posix.proc;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.osprey.os.ChildProcessOsException;
import org.osprey.os.OsException;
import org.osprey.os.SpawnOptions;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitResult;
import org.osprey.os.WaitidResult;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.Processes.WaitMacro;
import org.osprey.posix.abi.RusageLayout;
import org.osprey.posix.abi.SiginfoLayout;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.fd.FdOps;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.ChildCalls;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.path.PathCodec;

/**
 * Signals, waiting and starting programs: {@code kill}, {@code waitpid}/{@code wait4}/{@code waitid} (retried on
 * EINTR, PEP 475), {@code posix_spawn} and {@code execve}, over their {@link ChildCalls} binding made on first use.
 */
public final class Children {
    private static final int EINTR = PlatformErrno.EINTR;
    private static final int ETXTBSY = PlatformErrno.ETXTBSY;
    /** The status word's low 7 bits: 0 exited, 0x7f stopped, else the signal that ended the child. */
    private static final int LOW7 = 0x7f;
    private static final int STOPPED = 0x7f;
    private static final int CORE = 0x80;
    /** Where {@code posix_spawnp} looks when {@code PATH} is unset (glibc's {@code _PATH_DEFPATH}). */
    private static final String DEFAULT_PATH = "/bin:/usr/bin";

    private final ProcSide p;
    private final ChildCalls calls;

    private Children(NativeDoor door) {
        this.p = ProcSide.of(door);
        this.calls = door.bind(ChildCalls.class, ChildCalls::new, ChildCalls.OPTIONAL);
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
        if (!calls.has("pidfd_open")) {
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
     * Starts {@code file} as {@code options} say; a program that cannot start is its error, about {@code file}.
     * Unless {@code options} give a mask, the child starts with no signal blocked, as a child of a Python thread
     * does: a JVM thread may block nearly every signal (the launcher runs {@code main} so), and a child that
     * inherited that mask would not even die of {@code SIGTERM}. A umask, user, group or groups are set by
     * {@link ExecHelper the helper}, started in the child's place.
     */
    public long spawn(String file, List<String> args, Map<String, String> env, SpawnOptions options,
            boolean search) throws OsException {
        if (options.changesCredentialsOrUmask()) {
            return spawnThroughHelper(file, args, env, options, search);
        }
        try (SpawnFileActions actions = SpawnFileActions.of(options.fileActions(), calls, p);
                SpawnAttributes attributes = SpawnAttributes.of(options, calls, p)) {
            return start(new ProgramImage(file, args, env), actions, attributes, search, file);
        }
    }

    /** {@code posix_spawn} itself, retried on EINTR; a failure is the error of {@code file}. */
    long start(ProgramImage image, SpawnFileActions actions, SpawnAttributes attributes, boolean search,
            String file) throws OsException {
        long envp = image.envp != 0 ? image.envp : p.natives.environ();
        int error;
        try {
            do {
                error = calls.posixSpawn(image.pidSlot, image.file, actions.address(), attributes.address(),
                        image.argv, envp, search);
            } while (error == EINTR);
        } finally {
            Reference.reachabilityFence(image);
        }
        failIf(error, file);
        return image.pid();
    }

    /**
     * Starts the helper with {@code options}' file actions and attributes, which then sets the rest and execs
     * {@code file}. Its report pipe is made close-on-exec here and moved, first of the file actions, to a
     * descriptor no action touches; end-of-file on it means the program runs, else it carries the errno of the
     * step that failed, and the helper, which then exits, is reaped here.
     */
    private long spawnThroughHelper(String file, List<String> args, Map<String, String> env,
            SpawnOptions options, boolean search) throws OsException {
        String helper = ExecHelper.path().toString();
        String searchPath = search && file.indexOf('/') < 0 ? processPath() : null;
        FdOps fds = p.door.part(FdOps.class, FdOps::new);
        int[] pipe = fds.pipe();
        long pid;
        try {
            int report = SpawnFileActions.free(options.fileActions());
            List<String> argv = ExecHelper.argv(report, options, searchPath, file, args);
            try (SpawnFileActions actions = SpawnFileActions.keeping(pipe[1], report, options.fileActions(), calls,
                    p); SpawnAttributes attributes = SpawnAttributes.of(options, calls, p)) {
                pid = startHelper(new ProgramImage(helper, argv, env), actions, attributes, file);
            }
        } catch (OsException | RuntimeException e) {
            fds.close(pipe[0]);
            throw e;
        } finally {
            fds.close(pipe[1]);
        }
        int error = readReport(fds, pipe[0]);
        if (error != 0) {
            try {
                waitpid(pid, 0);
            } catch (ChildProcessOsException reapedElsewhere) {
                // SIGCHLD ignored, or another thread's wait took it: the helper's error is what matters
            }
            failIf(error, file);
        }
        return pid;
    }

    /**
     * {@link #start} of the helper, tried again a few times on ETXTBSY: a child that another thread started while
     * the helper was being copied into the cache may hold it open for writing until that child's exec.
     */
    private long startHelper(ProgramImage image, SpawnFileActions actions, SpawnAttributes attributes,
            String file) throws OsException {
        for (int attempt = 1;; attempt++) {
            try {
                return start(image, actions, attributes, false, file);
            } catch (OsException e) {
                if (e.errno() != ETXTBSY || attempt == 5) {
                    throw e;
                }
                LockSupport.parkNanos(1_000_000L);
            }
        }
    }

    /** The errno the helper reported, or 0 at end-of-file (the program runs); closes {@code fd}. */
    private static int readReport(FdOps fds, int fd) throws OsException {
        ByteBuffer report = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.nativeOrder());
        try {
            while (report.hasRemaining() && fds.read(fd, report) > 0) {
                // a short read: read on
            }
        } finally {
            fds.close(fd);
        }
        return report.hasRemaining() ? 0 : report.getInt(0);
    }

    /** This process's {@code PATH}, where {@code posix_spawnp} looks (glibc's default where unset). */
    private String processPath() {
        long value = calls.getenv(PathCodec.encode("PATH", Scratch.get().path()));
        return value == 0 ? DEFAULT_PATH : PathCodec.decodeCString(p.natives.memory(), value);
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
