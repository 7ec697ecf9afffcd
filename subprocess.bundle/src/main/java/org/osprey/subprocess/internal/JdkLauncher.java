package org.osprey.subprocess.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.subprocess.PipeIn;
import org.osprey.subprocess.PipeOut;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;

/**
 * Starts children with {@link ProcessBuilder}, for a provider that cannot spawn natively (the pure-Java one).
 * What the JDK does: the program and its arguments ({@code executable} only where it is {@code args[0]}), the
 * working directory, the environment, and 0, 1, 2 each inherited, a pipe, a file, {@code /dev/null} or (for 2)
 * {@code stdout}; every other descriptor is closed ({@code close_fds=True}). {@code restore_signals} is accepted
 * either way: the JDK's child starts with the dispositions {@code exec} leaves, the JVM's handlers back at their
 * default (signals ignored by whatever started the JVM stay ignored). {@link JdkRefusals} lists what it cannot.
 *
 * <p>Differences from CPython that remain: a child ended by a signal has the exit code {@code 128+n} (see
 * {@link JdkChild}); a program found in the {@code PATH} of an {@code env} other than this process's gets its
 * full path as {@code argv[0]} (the JDK looks programs up in its own {@code PATH} only, so Osprey does the
 * child's lookup); a file without {@code #!} that the kernel refuses to run ({@code ENOEXEC}) is run by
 * {@code /bin/sh}, as {@code execvp} does, where CPython raises {@code OSError}. Pipes have no descriptor of
 * this process ({@link PipeIn#fileno()} is unsupported), so a pipeline goes through {@link Redirect#from}.
 */
final class JdkLauncher implements Launcher {
    /** How the JDK tells a failed {@code exec}: "error=2, No such file or directory". */
    private static final Pattern ERRNO = Pattern.compile("error=(\\d+), (.*)");

    private final Os os;
    private final JdkRefusals refusals;

    JdkLauncher(Os os) {
        this.os = os;
        this.refusals = new JdkRefusals(os.providerId());
    }

    @Override
    public Child start(List<String> args, PopenOptions<?> options) throws OsException {
        List<String> argv = PosixCommand.argv(args, options);
        refusals.check(argv, options);
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(argv)); // the PATH search below changes [0]
        if (options.cwd() != null) {
            OsException cannotEnter = StartFailure.cwdError(os, options.cwd());
            if (cannotEnter != null) {
                throw cannotEnter; // the JDK would say ENOENT about the program
            }
            pb.directory(new File(options.cwd()));
        }
        if (options.env() != null) {
            pb.environment().clear();
            pb.environment().putAll(options.env());
        }
        pb.redirectInput(redirect(0, options.stdin()));
        pb.redirectOutput(redirect(1, options.stdout()));
        if (options.stderr() == Redirect.STDOUT) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(redirect(2, options.stderr()));
        }
        Process process = start(pb, argv.get(0), options.env());
        return child(process, options);
    }

    /** The JDK's redirect for descriptor {@code target}; a file is opened through {@code os} first, for its error. */
    private ProcessBuilder.Redirect redirect(int target, Redirect r) throws OsException {
        if (r == Redirect.INHERIT || r instanceof Redirect.Fd) { // JdkRefusals let only fd == target through
            return ProcessBuilder.Redirect.INHERIT;
        } else if (r == Redirect.PIPE || r instanceof Redirect.From || r instanceof Redirect.To) {
            return ProcessBuilder.Redirect.PIPE;
        } else if (r == Redirect.DEVNULL) {
            return target == 0 ? ProcessBuilder.Redirect.from(new File(os.devnull()))
                    : ProcessBuilder.Redirect.DISCARD;
        } else if (r instanceof Redirect.File file) {
            int flags = target == 0 ? os.O_RDONLY() : os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC();
            os.close(os.open(file.path(), flags, 0666));
            return target == 0 ? ProcessBuilder.Redirect.from(new File(file.path()))
                    : ProcessBuilder.Redirect.to(new File(file.path()));
        }
        throw new IllegalArgumentException(r + " for descriptor " + target);
    }

    /**
     * Starts the program, looked up as CPython does in the {@code PATH} of the child's environment when it names no
     * directory: the JDK searches its own {@code PATH}, so where the child's differs each of its directories is
     * tried here.
     */
    private Process start(ProcessBuilder pb, String program, Map<String, String> env) throws OsException {
        if (program.contains("/") || program.contains(os.sep()) || env == null
                || Objects.equals(env.get("PATH"), os.environ().get("PATH"))) {
            return start(pb, program);
        }
        return StartFailure.searchPath(os, program, env, path -> {
            pb.command().set(0, path);
            return start(pb, program);
        });
    }

    /** {@link ProcessBuilder#start()}, its failure the {@link OsException} CPython raises about {@code program}. */
    private Process start(ProcessBuilder pb, String program) throws OsException {
        try {
            return pb.start();
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                Matcher m = t.getMessage() == null ? null : ERRNO.matcher(t.getMessage());
                if (m != null && m.find()) {
                    throw StartFailure.of(os, Integer.parseInt(m.group(1)), m.group(2), program, e);
                }
            }
            // a redirect file gone since it was opened above: the JDK says FileNotFoundException, without errno
            OsException unknown = new OsException(e.getMessage());
            unknown.initCause(e);
            throw unknown;
        }
    }

    /**
     * {@code BrokenPipeError}'s errno and message; EPIPE is 32 on Linux, macOS, the BSDs and in Windows' C runtime,
     * which is what a provider that does not raise it (the pure-Java one) is taken to run on.
     */
    private JdkPipeOutput.Epipe brokenPipe() {
        try {
            int epipe = os.errno().EPIPE();
            return new JdkPipeOutput.Epipe(epipe, os.strerror(epipe));
        } catch (UnsupportedOperationException e) {
            return new JdkPipeOutput.Epipe(32, "Broken pipe");
        }
    }

    /** The parent's ends as {@code Popen} serves them, and the threads copying from and to Java streams. */
    private Child child(Process process, PopenOptions<?> options) {
        PipeOut stdin = null;
        PipeIn stdout = null;
        PipeIn stderr = null;
        Pumps pumps = new Pumps();
        var toChild = new JdkPipeOutput(process.getOutputStream(), process, brokenPipe());
        if (options.stdin() == Redirect.PIPE) {
            stdin = new PipeOut(toChild, -1);
        } else if (options.stdin() instanceof Redirect.From from) {
            pumps.feed(from.source(), toChild);
        }
        if (options.stdout() == Redirect.PIPE) {
            stdout = new PipeIn(process.getInputStream(), -1);
        } else if (options.stdout() instanceof Redirect.To to) {
            pumps.drain(process.getInputStream(), to.sink(), "stdout");
        }
        if (options.stderr() == Redirect.PIPE) {
            stderr = new PipeIn(process.getErrorStream(), -1);
        } else if (options.stderr() instanceof Redirect.To to) {
            pumps.drain(process.getErrorStream(), to.sink(), "stderr");
        }
        pumps.start();
        boolean posix = "posix".equals(os.name());
        return new JdkChild(process, new Streams(stdin, stdout, stderr, pumps),
                new JdkChild.Signals(os.SIGTERM(), os.SIGKILL(), posix));
    }
}
