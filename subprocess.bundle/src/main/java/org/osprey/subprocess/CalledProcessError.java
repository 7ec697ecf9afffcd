package org.osprey.subprocess;

import java.util.List;

/**
 * {@code subprocess.CalledProcessError}: a child checked by {@code check_call}, {@code check_output} or
 * {@code run(check=True)} ended with a non-zero status. The output is a {@code byte[]} or a {@code String}, as
 * the call's mode was (a Java exception cannot be generic).
 */
public final class CalledProcessError extends SubprocessError {
    private static final long serialVersionUID = 1L;

    private final int returncode;
    private final List<String> cmd;
    private final transient Object output;
    private final transient Object stderr;

    public CalledProcessError(int returncode, List<String> cmd, Object output, Object stderr) {
        super(message(returncode, cmd));
        this.returncode = returncode;
        this.cmd = List.copyOf(cmd);
        this.output = output;
        this.stderr = stderr;
    }

    /** Python's {@code str()} of the error, signal names included ({@code "died with <Signals.SIGTERM: 15>."}). */
    private static String message(int returncode, List<String> cmd) {
        String command = Repr.of(cmd);
        if (returncode < 0) {
            return "Command '" + command + "' died with " + Repr.signal(-returncode) + ".";
        }
        return "Command '" + command + "' returned non-zero exit status " + returncode + ".";
    }

    public int returncode() {
        return returncode;
    }

    public List<String> cmd() {
        return cmd;
    }

    /** {@code output} (also {@code stdout}): {@code byte[]}, {@code String}, or null where not captured. */
    public Object output() {
        return output;
    }

    /** {@code stdout}: the same as {@link #output()}. */
    public Object stdout() {
        return output;
    }

    /** {@code stderr}: {@code byte[]}, {@code String}, or null where not captured. */
    public Object stderr() {
        return stderr;
    }
}
