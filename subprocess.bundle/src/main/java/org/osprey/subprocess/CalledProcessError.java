package org.osprey.subprocess;

import java.util.List;

/**
 * {@code subprocess.CalledProcessError}: a child checked by {@code check_call}, {@code check_output} or
 * {@code run(check=True)} ended with a non-zero status; what it wrote, where captured, is in {@link #output()}
 * and {@link #stderr()}.
 */
public final class CalledProcessError extends SubprocessError {
    private static final long serialVersionUID = 1L;

    private final int returncode;

    public CalledProcessError(int returncode, List<String> cmd, Object output, Object stderr) {
        super(message(returncode, cmd), cmd, output, stderr);
        this.returncode = returncode;
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
}
