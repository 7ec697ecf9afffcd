package org.osprey.subprocess;

import java.util.List;

import org.osprey.subprocess.internal.ShellCommand;

/**
 * {@code subprocess.CompletedProcess}: what {@code run} returns.
 *
 * @param args       the arguments the process was started with
 * @param returncode the exit status, or minus the signal that ended the child
 * @param stdout     what was captured from {@code stdout} (null where it was not a pipe)
 * @param stderr     what was captured from {@code stderr} (null where it was not a pipe)
 * @param <T>        {@code byte[]} or {@code String}
 */
public record CompletedProcess<T>(List<String> args, int returncode, T stdout, T stderr) {
    /**
     * The result; {@code args} is copied (one given as a string stays one).
     *
     * @param args the arguments the process was started with
     * @param returncode the exit status, or minus the signal that ended the child
     * @param stdout what was captured from {@code stdout} (null where it was not a pipe)
     * @param stderr what was captured from {@code stderr} (null where it was not a pipe)
     */
    public CompletedProcess {
        args = args instanceof ShellCommand ? args : List.copyOf(args);
    }

    /**
     * {@code check_returncode()}: raises {@link CalledProcessError} if {@link #returncode} is not 0.
     *
     * @throws CalledProcessError if the return code is not 0
     */
    public void checkReturncode() throws CalledProcessError {
        if (returncode != 0) {
            throw new CalledProcessError(returncode, args, stdout, stderr);
        }
    }
}
