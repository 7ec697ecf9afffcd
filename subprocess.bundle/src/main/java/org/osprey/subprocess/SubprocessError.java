package org.osprey.subprocess;

import java.util.List;

/**
 * {@code subprocess.SubprocessError}: the base of this module's own errors (OS errors are {@code OsException}s).
 * Both of Python's kinds, {@link CalledProcessError} and {@link TimeoutExpired}, carry the command and what it
 * wrote; those are kept here, once. The output is a {@code byte[]} or a {@code String}, as the call's mode was (a
 * Java exception cannot be generic), or null where it was not captured.
 */
public abstract class SubprocessError extends Exception {
    private static final long serialVersionUID = 1L;

    /** Python's {@code cmd}. */
    private final List<String> cmd;
    private final transient Object output;
    private final transient Object stderr;

    SubprocessError(String message, List<String> cmd, Object output, Object stderr) {
        super(message);
        this.cmd = List.copyOf(cmd);
        this.output = output;
        this.stderr = stderr;
    }

    /**
     * {@code cmd}: the arguments the child was started with.
     *
     * @return the arguments
     */
    public List<String> cmd() {
        return cmd;
    }

    /**
     * {@code output} (also {@code stdout}): {@code byte[]}, {@code String}, or null where not captured.
     *
     * @return the output, or null
     */
    public Object output() {
        return output;
    }

    /**
     * {@code stdout}: the same as {@link #output()}.
     *
     * @return the output, or null
     */
    public Object stdout() {
        return output;
    }

    /**
     * {@code stderr}: {@code byte[]}, {@code String}, or null where not captured.
     *
     * @return the error output, or null
     */
    public Object stderr() {
        return stderr;
    }
}
