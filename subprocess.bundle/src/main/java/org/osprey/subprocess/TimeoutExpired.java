package org.osprey.subprocess;

import java.time.Duration;
import java.util.List;

/**
 * {@code subprocess.TimeoutExpired}: a wait or {@code communicate} outlasted its timeout. With {@code run} and
 * the {@code call} functions the child has been killed and reaped; with {@link Popen#waitFor(Duration)} and
 * {@link Popen#communicate} it is still running, and the call may be made again (no output is lost). The output
 * so far is a {@code byte[]} or a {@code String}, as the call's mode was.
 */
public final class TimeoutExpired extends SubprocessError {
    private static final long serialVersionUID = 1L;

    /** Python's {@code timeout}. */
    private final Duration timeout;

    /**
     * Python's {@code TimeoutExpired(cmd, timeout, output, stderr)}.
     *
     * @param cmd the arguments the child was started with
     * @param timeout the timeout that passed
     * @param output what it wrote to {@code stdout} so far, or null
     * @param stderr what it wrote to {@code stderr} so far, or null
     */
    public TimeoutExpired(List<String> cmd, Duration timeout, Object output, Object stderr) {
        super("Command '" + Repr.of(cmd) + "' timed out after " + Repr.seconds(timeout) + " seconds", cmd, output,
                stderr);
        this.timeout = timeout;
    }

    /** {@return the timeout that passed} */
    public Duration timeout() {
        return timeout;
    }
}
