package org.osprey.subprocess.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.SpawnAction;
import org.osprey.os.SpawnOptions;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;

/**
 * Starts children with {@code os.posix_spawn}, as CPython's {@code _posixsubprocess} sets them up: the three
 * streams dup'ed onto 0, 1 and 2, {@code pass_fds} made inheritable and everything else from 3 up closed
 * ({@code close_fds}), the session, process group, signal dispositions, umask and credentials set, then the
 * working directory changed, all in the child before its program starts. Descriptors this process opened for the
 * child are closed here once it has started, or has failed to.
 */
final class PosixLauncher implements Launcher {
    private final Os os;
    private volatile Set<Integer> restored;

    PosixLauncher(Os os) {
        this.os = os;
    }

    /** {@code restore_signals}' signals, those of {@code SIGPIPE}, {@code SIGXFZ}, {@code SIGXFSZ} the platform has. */
    private Set<Integer> restoredSignals() {
        Set<Integer> signals = restored;
        if (signals == null) { // a race computes the same set twice
            Set<Integer> found = new HashSet<>();
            for (String name : List.of("SIGPIPE", "SIGXFZ", "SIGXFSZ")) {
                os.signalConstants().find(name).ifPresent(found::add);
            }
            signals = Set.copyOf(found);
            restored = signals;
        }
        return signals;
    }

    @Override
    public Child start(List<String> args, PopenOptions<?> options) throws OsException {
        List<String> argv = PosixCommand.argv(args, options);
        Setup setup = new Setup(new ChildStreams(os, os.O_CLOEXEC()));
        try {
            setup.stream(0, options.stdin());
            setup.stream(1, options.stdout());
            if (options.stderr() == Redirect.STDOUT) {
                setup.actions.add(SpawnAction.dup2(1, 2));
            } else {
                setup.stream(2, options.stderr());
            }
            setup.keep(options.passFds(), options.closeFds());
            if (options.cwd() != null) {
                setup.actions.add(SpawnAction.chdir(options.cwd()));
            }
            long pid = spawn(argv, options, spawnOptions(setup.actions, options));
            return new PosixChild(os, pid, setup.streams.started());
        } finally {
            setup.streams.close();
        }
    }

    private SpawnOptions spawnOptions(List<SpawnAction> actions, PopenOptions<?> options) {
        SpawnOptions s = SpawnOptions.defaults().withFileActions(actions).withSetsid(options.startNewSession());
        if (options.processGroup() != null) {
            s = s.withSetpgroup(options.processGroup());
        }
        if (options.restoreSignals()) {
            s = s.withSetsigdef(restoredSignals());
        }
        if (options.umask() != null) {
            s = s.withUmask(options.umask());
        }
        if (options.user() != null) {
            s = s.withUser(options.user());
        }
        if (options.group() != null) {
            s = s.withGroup(options.group());
        }
        if (options.extraGroups() != null) {
            s = s.withExtraGroups(options.extraGroups());
        }
        return s;
    }

    /**
     * Starts the program: {@code executable} or {@code argv[0]}, looked up as CPython does in the {@code PATH} of
     * the child's environment when it names no directory. A failure names the program as it was given, or the
     * {@code cwd} where that is what the child could not enter.
     */
    private long spawn(List<String> argv, PopenOptions<?> options, SpawnOptions spawn) throws OsException {
        String program = options.executable() != null ? options.executable() : argv.get(0);
        Map<String, String> env = options.env();
        try {
            if (program.contains("/")) {
                return os.posixSpawn(program, argv, env, spawn);
            }
            if (env == null || Objects.equals(env.get("PATH"), os.environ().get("PATH"))) {
                return os.posixSpawnp(program, argv, env, spawn); // one search, in the child, by the C library
            }
            return StartFailure.searchPath(os, program, env, path -> os.posixSpawn(path, argv, env, spawn));
        } catch (OsException e) {
            throw refile(e, program, options.cwd());
        }
    }

    /** The error about what failed as CPython names it: the {@code cwd} if the child cannot enter it. */
    private OsException refile(OsException e, String program, String cwd) {
        OsException cwdError = cwd == null ? null : StartFailure.cwdError(os, cwd);
        OsException cause = cwdError != null ? cwdError : e;
        return StartFailure.of(os, cause.errno(), cause.strerror(), cwdError != null ? cwd : program, e);
    }

    /** The file actions of one start, over its streams. */
    private final class Setup {
        final List<SpawnAction> actions = new ArrayList<>();
        final ChildStreams streams;

        Setup(ChildStreams streams) {
            this.streams = streams;
        }

        /** Sets up descriptor {@code target} of the child as {@code r} says. */
        void stream(int target, Redirect r) throws OsException {
            int source = streams.source(target, r);
            if (source < 0) {
                return;
            }
            if (source < 3 && source != target) {
                // a later dup2 onto 0, 1 or 2 could overwrite it first: give the child a copy out of the way
                source = streams.own(os.dup(source));
            }
            actions.add(SpawnAction.dup2(source, target));
        }

        /** {@code pass_fds} inheritable, everything else from 3 up closed where {@code close_fds}. */
        void keep(Set<Integer> passFds, boolean closeFds) {
            TreeSet<Integer> kept = new TreeSet<>(passFds);
            for (int fd : kept) {
                actions.add(SpawnAction.dup2(fd, fd)); // clears close-on-exec in the child only
            }
            if (!closeFds && kept.isEmpty()) {
                return;
            }
            int from = 3;
            for (int fd : kept) {
                for (int gap = from; gap < fd; gap++) {
                    actions.add(SpawnAction.close(gap));
                }
                from = Math.max(from, fd + 1);
            }
            actions.add(SpawnAction.closeFrom(from));
        }
    }
}
