package org.osprey.subprocess;

import java.util.List;

/**
 * {@code subprocess.CalledProcessError}: a child checked by {@code check_call}, {@code check_output} or
 * {@code run(check=True)} ended with a non-zero status; what it wrote, where captured, is in {@link #output()}
 * and {@link #stderr()}.
 */
public final class CalledProcessError extends SubprocessError {
    private static final long serialVersionUID = 1L;

    /** Python's {@code returncode}. */
    private final int returncode;

    /**
     * Python's {@code CalledProcessError(returncode, cmd, output, stderr)}.
     *
     * @param returncode the child's return code
     * @param cmd the arguments the child was started with
     * @param output what it wrote to {@code stdout}, or null
     * @param stderr what it wrote to {@code stderr}, or null
     */
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

    /** {@return the child's return code, minus the signal that ended it} */
    public int returncode() {
        return returncode;
    }
}
