package org.osprey.os;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shell command started with pipes to it, as Python 2.6's {@code os.popen2}, {@code os.popen3} and
 * {@code os.popen4} return them: {@code (child_stdin, child_stdout[, child_stderr])}, as channels over the
 * pipes' parent ends; and what Python 3's {@code os.popen} builds on. The command runs as
 * {@code /bin/sh -c cmd} started by {@link Os#posixSpawn}, with every other descriptor closed and
 * {@code SIGPIPE} at its default, as {@code subprocess.Popen(cmd, shell=True)} starts it. Python 2.6 left the
 * child to be reaped some day; here {@link #close()} closes the pipes and waits for it, and one dropped unclosed
 * has its child reaped at a later start, so no zombie stays.
 */
public final class ChildPipes implements AutoCloseable {
    /** The children of instances dropped unclosed and not yet reaped. */
    private static final Set<Waiter> ABANDONED = ConcurrentHashMap.newKeySet();

    /** What the command's standard error is. */
    public enum Stderr {
        /** Inherited from this process ({@code popen2}, {@code popen}). */
        INHERIT,
        /** A pipe of its own ({@code popen3}). */
        PIPE,
        /** The same pipe as its output ({@code popen4}). */
        STDOUT
    }

    private final Waiter waiter;
    private final FdChannel childStdin;
    private final FdChannel childStdout;
    private final FdChannel childStderr;

    /** Waits for one child; no reference to its ChildPipes, so that it can be handed on when that is dropped. */
    private static final class Waiter implements Runnable {
        private final Os os;
        private final long pid;
        private volatile Integer status;

        Waiter(Os os, long pid) {
            this.os = os;
            this.pid = pid;
        }

        /** The child's wait status, once reaped; with {@code block} false, null while it runs. */
        synchronized Integer reap(boolean block) throws OsException {
            while (status == null) {
                try {
                    WaitResult r = os.waitpid(pid, block ? 0 : os.WNOHANG());
                    if (r.pid() != pid) {
                        return null;
                    }
                    status = r.status();
                } catch (ChildProcessOsException e) {
                    status = 0; // SIGCHLD ignored: the kernel reaped it, CPython answers success too
                }
            }
            return status;
        }

        /** The collector's action for a ChildPipes dropped unclosed. */
        @Override
        public void run() {
            if (!reapedNow()) {
                ABANDONED.add(this);
            }
        }

        boolean reapedNow() {
            try {
                return reap(false) != null;
            } catch (OsException e) {
                return true;
            }
        }
    }

    private ChildPipes(Waiter waiter, FdChannel childStdin, FdChannel childStdout, FdChannel childStderr) {
        this.waiter = waiter;
        this.childStdin = childStdin;
        this.childStdout = childStdout;
        this.childStderr = childStderr;
        org.osprey.os.internal.Release.of(this, waiter);
    }

    /**
     * Starts {@code /bin/sh -c cmd} with a pipe to its standard input if {@code stdin}, from its standard output
     * if {@code stdout}, and its standard error as {@code stderr} says.
     *
     * @param os the {@code os} that starts the shell
     * @param cmd the shell command line
     * @param stdin whether to open a pipe to the command's standard input
     * @param stdout whether to open a pipe from the command's standard output
     * @param stderr where the command's standard error goes
     * @return the running command and its pipes
     * @throws IllegalArgumentException for a NUL in {@code cmd}
     * @throws OsException if the pipes cannot be made or the shell cannot be started
     */
    public static ChildPipes start(Os os, String cmd, boolean stdin, boolean stdout, Stderr stderr)
            throws OsException {
        ABANDONED.removeIf(Waiter::reapedNow);
        List<SpawnAction> actions = new ArrayList<>();
        List<Integer> childEnds = new ArrayList<>();
        List<FdChannel> parentEnds = new ArrayList<>();
        boolean started = false;
        try {
            FdChannel in = stdin ? pipe(os, 0, actions, childEnds, parentEnds) : null;
            FdChannel out = stdout || stderr == Stderr.STDOUT ? pipe(os, 1, actions, childEnds, parentEnds) : null;
            FdChannel err = stderr == Stderr.PIPE ? pipe(os, 2, actions, childEnds, parentEnds) : null;
            if (stderr == Stderr.STDOUT) {
                actions.add(SpawnAction.dup2(1, 2));
            }
            actions.add(SpawnAction.closeFrom(3));
            SpawnOptions options = SpawnOptions.defaults().withFileActions(actions)
                    .withSetsigdef(Set.of(os.SIGPIPE()));
            long pid = os.posixSpawn("/bin/sh", List.of("/bin/sh", "-c", cmd), null, options);
            started = true;
            return new ChildPipes(new Waiter(os, pid), in, out, err);
        } finally {
            for (int fd : childEnds) {
                os.close(fd);
            }
            if (!started) {
                for (FdChannel c : parentEnds) {
                    try {
                        c.close();
                    } catch (IOException ignored) { // the start's own error is the one to report
                    }
                }
            }
        }
    }

    /** A pipe whose child end becomes {@code target} in the child; the parent's end as a channel. */
    private static FdChannel pipe(Os os, int target, List<SpawnAction> actions, List<Integer> childEnds,
            List<FdChannel> parentEnds) throws OsException {
        Pipe p = os.pipe();
        childEnds.add(target == 0 ? p.read() : p.write());
        FdChannel parent = os.fdopen(target == 0 ? p.write() : p.read());
        parentEnds.add(parent);
        actions.add(SpawnAction.dup2(target == 0 ? p.read() : p.write(), target));
        return parent;
    }

    /**
     * The command's standard input: write to it, close it to end the input. Null where not asked for.
     *
     * @return the write end of the pipe to the command, or null
     */
    public FdChannel childStdin() {
        return childStdin;
    }

    /**
     * The command's standard output ({@code popen4}: its output and errors together).
     *
     * @return the read end of the pipe from the command, or null
     */
    public FdChannel childStdout() {
        return childStdout;
    }

    /**
     * The command's standard error ({@code popen3} only; null otherwise).
     *
     * @return the read end of the pipe from the command's standard error, or null
     */
    public FdChannel childStderr() {
        return childStderr;
    }

    /** {@return the command's process id} */
    public long pid() {
        return waiter.pid;
    }

    /** Closes the pipes that are still open, then waits for the command; see {@link #exitStatus()}. */
    @Override
    public void close() throws IOException {
        try {
            for (FdChannel c : new FdChannel[] {childStdin, childStdout, childStderr}) {
                if (c != null) {
                    try {
                        c.close();
                    } catch (BrokenPipeOsException e) {
                        // the command stopped reading: its exit status tells the rest
                    }
                }
            }
        } finally {
            waiter.reap(true);
        }
    }

    /**
     * What Python's {@code os.popen(...).close()} returns: null while the command runs (not yet closed) or where
     * it exited with 0, else its return code shifted left by 8 (so minus the signal, shifted, where one ended it:
     * {@code -15 << 8} after {@code SIGTERM}).
     *
     * @return the status as {@code close()} reports it, or null
     */
    public Integer exitStatus() {
        Integer status = waiter.status;
        if (status == null) {
            return null;
        }
        int code = waiter.os.waitstatusToExitcode(status);
        return code == 0 ? null : code << 8;
    }
}
