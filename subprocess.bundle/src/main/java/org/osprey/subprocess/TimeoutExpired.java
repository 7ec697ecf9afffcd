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

    private final Duration timeout;

    public TimeoutExpired(List<String> cmd, Duration timeout, Object output, Object stderr) {
        super("Command '" + Repr.of(cmd) + "' timed out after " + Repr.seconds(timeout) + " seconds", cmd, output,
                stderr);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
