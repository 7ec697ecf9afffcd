package org.osprey.subprocess.internal;

import java.util.List;
import java.util.Map;

import org.osprey.os.CommandLine;
import org.osprey.os.CreateProcessOptions;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Pipe;
import org.osprey.os.ProcessInformation;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;

/**
 * Starts children as CPython's Windows {@code Popen._execute_child}: a list of arguments becomes one command line
 * by {@link CommandLine#list2cmdline} (a string is used as it is), {@code shell=True} runs
 * {@code %ComSpec% /c "..."} with its window hidden, and {@code _winapi.CreateProcess} starts the program with
 * {@code cwd}, {@code env} and {@code creationflags}. Where any stream is redirected, all three are given as
 * {@code STARTF_USESTDHANDLES} handles (an inherited one as a duplicate of this process's), each from a
 * descriptor opened for this start, made inheritable and closed once the child has started; the handles are
 * handed over with {@code bInheritHandles} (CPython 3.7+ passes them in a {@code PROC_THREAD_ATTRIBUTE_HANDLE_LIST}
 * instead, which Osprey does not build), so starts are serialised here: no other start by this class can inherit
 * the handles of one under way, though a {@link ProcessBuilder} started meanwhile could. {@code restore_signals},
 * {@code start_new_session}, {@code process_group} and {@code umask} are ignored, as CPython ignores them there.
 */
final class WindowsLauncher implements Launcher {
    /** Held from the handles made inheritable until they are closed again. */
    private static final Object STARTING = new Object();

    private final Os os;

    WindowsLauncher(Os os) {
        this.os = os;
    }

    /** The test {@code SubprocessImpl} makes: a Windows provider, which can wait on a handle. */
    static boolean canStart(Os os) {
        if (!"nt".equals(os.name())) {
            return false;
        }
        try {
            // the pseudo-handle -1 is this process, which is running: WAIT_TIMEOUT at once
            os.waitforsingleobject(-1, 0);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (OsException e) {
            return true; // the call exists: let the start report what is wrong
        }
    }

    @Override
    public Child start(List<String> args, PopenOptions<?> options) throws OsException {
        refuse(options);
        CreateProcessOptions create = CreateProcessOptions.defaults().withCreationFlags(options.creationflags())
                .withInheritHandles(!options.closeFds());
        String executable = options.executable();
        String comspec = null;
        if (options.shell()) {
            create = create.withShowWindow(Os.SW_HIDE);
            comspec = executable != null ? executable : comspec();
            if (executable == null && os.path().isabs(comspec)) {
                executable = comspec; // gh-101283: never an unqualified cmd.exe looked up in the working directory
            }
        }
        String commandLine = commandLine(args, comspec);
        if (executable != null) {
            create = create.withApplicationName(executable);
        }
        if (options.cwd() != null) {
            create = create.withCurrentDirectory(options.cwd());
        }
        if (options.env() != null) {
            create = create.withEnv(options.env());
        }
        ChildStreams streams = new ChildStreams(os, 0); // the provider opens every descriptor non-inheritable
        synchronized (STARTING) {
            try {
                if (options.stdin() != Redirect.INHERIT || options.stdout() != Redirect.INHERIT
                        || options.stderr() != Redirect.INHERIT) {
                    long in = handle(streams, 0, options.stdin());
                    long out = handle(streams, 1, options.stdout());
                    long err = options.stderr() == Redirect.STDOUT ? out : handle(streams, 2, options.stderr());
                    create = create.withStdHandles(in, out, err).withInheritHandles(true);
                }
                ProcessInformation started = os.createprocess(commandLine, create);
                WindowsChild child = new WindowsChild(os, started.process(), started.pid(), streams.started());
                os.closehandle(started.thread());
                return child;
            } finally {
                streams.close();
            }
        }
    }

    /**
     * {@return CPython's command line for {@code args}} A list quoted by {@link CommandLine#list2cmdline}, a
     * string as it is; with a shell, {@code comspec /c "line"}.
     *
     * @param comspec the shell, or null without one
     */
    static String commandLine(List<String> args, String comspec) {
        String line = args instanceof ShellCommand one ? one.command() : CommandLine.list2cmdline(args);
        return comspec == null ? line : comspec + " /c \"" + line + "\"";
    }

    /** What CPython's Windows {@code Popen} raises for POSIX-only options. */
    private static void refuse(PopenOptions<?> options) {
        if (!options.passFds().isEmpty()) {
            throw new UnsupportedOperationException("Popen(pass_fds=" + options.passFds() + ") on Windows: "
                    + "pass_fds not supported on Windows (CPython's assertion)");
        }
        if (options.group() != null) {
            throw new IllegalArgumentException("The 'group' parameter is not supported on the current platform");
        }
        if (options.extraGroups() != null) {
            throw new IllegalArgumentException("The 'extra_groups' parameter is not supported on the current "
                    + "platform");
        }
        if (options.user() != null) {
            throw new IllegalArgumentException("The 'user' parameter is not supported on the current platform");
        }
    }

    /** CPython's shell: {@code %ComSpec%}, else {@code %SystemRoot%\System32\cmd.exe}. */
    private String comspec() throws OsException {
        Map<String, String> environ = os.environ();
        String comspec = environ.get("ComSpec");
        if (comspec == null || comspec.isEmpty()) {
            comspec = os.path().join(environ.getOrDefault("SystemRoot", ""), "System32", "cmd.exe");
            if (!os.path().isabs(comspec)) {
                throw new FileNotFoundOsException("shell not found: neither %ComSpec% nor %SystemRoot% is set");
            }
        }
        return comspec;
    }

    /**
     * The inheritable handle for the child's {@code target}, of a descriptor opened for this start: a pipe end, a
     * file, or a duplicate of the descriptor given (this process's own where inherited), so that nothing of the
     * caller's changes; where this process has no such stream, the end of a pipe that leads nowhere, as CPython's.
     */
    private long handle(ChildStreams streams, int target, Redirect r) throws OsException {
        int fd = streams.source(target, r);
        if (fd < 0 || !streams.owns(fd)) {
            try {
                fd = streams.own(os.dup(fd < 0 ? target : fd));
            } catch (OsException e) {
                if (fd >= 0) {
                    throw e; // a descriptor the caller gave that is not open
                }
                Pipe nowhere = os.pipe();
                streams.own(nowhere.read());
                streams.own(nowhere.write());
                fd = target == 0 ? nowhere.read() : nowhere.write();
            }
        }
        os.setInheritable(fd, true);
        return os.getOsfhandle(fd);
    }
}
