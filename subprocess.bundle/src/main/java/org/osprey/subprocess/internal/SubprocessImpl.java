package org.osprey.subprocess.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.CommandLine;
import org.osprey.os.Os;
import org.osprey.subprocess.CalledProcessError;
import org.osprey.subprocess.CompletedProcess;
import org.osprey.subprocess.Popen;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;
import org.osprey.subprocess.RunOptions;
import org.osprey.subprocess.Subprocess;
import org.osprey.subprocess.TimeoutExpired;

/**
 * {@link Subprocess} over one {@link Os}; the DS component of this bundle. Children start natively through
 * {@code _winapi.CreateProcess} on Windows, through {@code os.posix_spawn} where the provider can wait for them,
 * else through {@link ProcessBuilder}.
 */
@Component(service = Subprocess.class, immediate = true)
public final class SubprocessImpl implements Subprocess {
    private final Os os;
    /** Chosen at the first child, not at activation: asking binds the provider's process natives, slow to load. */
    private volatile Launcher launcher;

    @Activate
    public SubprocessImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    /** The launcher; two threads may both choose one at first, alike, and either serves. */
    private Launcher launcher() {
        Launcher chosen = launcher;
        if (chosen == null) {
            launcher = chosen = WindowsLauncher.canStart(os) ? new WindowsLauncher(os)
                    : canWaitForChildren(os) ? new PosixLauncher(os) : new JdkLauncher(os);
        }
        return chosen;
    }

    /** A provider that can wait for a child by pid can start one natively (its W* constants say so). */
    private static boolean canWaitForChildren(Os os) {
        try {
            os.WNOHANG();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public <T> Popen<T> popen(List<String> args, PopenOptions<T> options) throws IOException {
        Reaper.cleanup();
        Launcher chosen = launcher();
        if (options.creationflags() != 0 && !"nt".equals(os.name())) {
            throw new IllegalArgumentException("creationflags is only supported on Windows platforms");
        }
        return new PopenImpl<>(args, chosen.start(args, options), options);
    }

    @Override
    public <T> Popen<T> popen(String args, PopenOptions<T> options) throws IOException {
        return popen(ShellCommand.of(args), options);
    }

    @Override
    public Popen<byte[]> popen(List<String> args) throws IOException {
        return popen(args, PopenOptions.bytes());
    }

    @Override
    public <T> CompletedProcess<T> run(List<String> args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired {
        PopenOptions<T> popen = options.popen();
        if (options.input() != null) {
            popen = popen.stdin(Redirect.PIPE);
        }
        if (options.captureOutput()) {
            popen = popen.stdout(Redirect.PIPE).stderr(Redirect.PIPE);
        }
        CompletedProcess<T> done;
        try (Popen<T> p = popen(args, popen)) {
            var out = communicateOrKill(p, options.input(), options.timeout());
            done = new CompletedProcess<>(args, p.waitFor(), out.stdout(), out.stderr());
        }
        if (options.check()) {
            done.checkReturncode();
        }
        return done;
    }

    /** {@code run}'s communicate: a child that outlives the timeout, or any failure, is killed and reaped. */
    private static <T> org.osprey.subprocess.Communicated<T> communicateOrKill(Popen<T> p, T input, Duration timeout)
            throws IOException, TimeoutExpired {
        boolean done = false;
        try {
            var out = timeout == null ? p.communicate(input) : p.communicate(input, timeout);
            done = true;
            return out;
        } finally {
            if (!done) {
                p.kill();
                p.waitFor();
            }
        }
    }

    @Override
    public <T> CompletedProcess<T> run(String args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired {
        return run(ShellCommand.of(args), options);
    }

    @Override
    public CompletedProcess<byte[]> run(List<String> args) throws IOException {
        try {
            return run(args, RunOptions.bytes());
        } catch (CalledProcessError | TimeoutExpired e) {
            throw new IllegalStateException("neither check nor timeout was asked for", e);
        }
    }

    @Override
    public int call(List<String> args, PopenOptions<?> options) throws IOException {
        try (Popen<?> p = popen(args, options)) {
            return p.waitFor();
        }
    }

    @Override
    public int call(List<String> args) throws IOException {
        return call(args, PopenOptions.bytes());
    }

    @Override
    public int call(List<String> args, PopenOptions<?> options, Duration timeout) throws IOException, TimeoutExpired {
        try (Popen<?> p = popen(args, options)) {
            boolean done = false;
            try {
                int code = p.waitFor(timeout);
                done = true;
                return code;
            } finally {
                if (!done) {
                    p.kill(); // CPython's call: "Including KeyboardInterrupt, wait handled that."
                }
            }
        }
    }

    @Override
    public void checkCall(List<String> args, PopenOptions<?> options) throws IOException, CalledProcessError {
        int code = call(args, options);
        if (code != 0) {
            throw new CalledProcessError(code, args, null, null);
        }
    }

    @Override
    public void checkCall(List<String> args) throws IOException, CalledProcessError {
        checkCall(args, PopenOptions.bytes());
    }

    @Override
    public <T> T checkOutput(List<String> args, RunOptions<T> options)
            throws IOException, CalledProcessError, TimeoutExpired {
        if (options.popen().stdout() != Redirect.INHERIT) {
            throw new IllegalArgumentException("stdout argument not allowed, it will be overridden.");
        }
        RunOptions<T> run = options.withPopen(options.popen().stdout(Redirect.PIPE)).withCheck();
        return run(args, run).stdout();
    }

    @Override
    public byte[] checkOutput(List<String> args) throws IOException, CalledProcessError {
        try {
            return checkOutput(args, RunOptions.bytes());
        } catch (TimeoutExpired e) {
            throw new IllegalStateException("no timeout was asked for", e);
        }
    }

    @Override
    public String getoutput(String cmd) throws IOException {
        return getstatusoutput(cmd).output();
    }

    @Override
    public StatusOutput getstatusoutput(String cmd) throws IOException {
        Objects.requireNonNull(cmd, "cmd");
        // CPython: check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=..., errors=...)
        PopenOptions<String> options = PopenOptions.text().shell(true).stderr(Redirect.STDOUT)
                .stdout(Redirect.PIPE);
        CompletedProcess<String> done;
        try {
            done = run(ShellCommand.of(cmd), RunOptions.of(options)); // one string: on Windows, as it is
        } catch (CalledProcessError | TimeoutExpired e) {
            throw new IllegalStateException("neither check nor timeout was asked for", e);
        }
        String data = done.stdout();
        if (data.endsWith("\n")) {
            data = data.substring(0, data.length() - 1);
        }
        return new StatusOutput(done.returncode(), data);
    }

    @Override
    public String list2cmdline(List<String> seq) {
        return CommandLine.list2cmdline(seq);
    }
}
