package org.osprey.shell;

import java.util.List;

import org.osprey.os.PyRepr;

/**
 * How a program the shell ran ended: the status the shell exits with when that was its one command. Printed as
 * Python prints the {@code CompletedProcess} of a {@code run} without captured output.
 *
 * @param code the exit status, or minus the signal that ended the child (as Python's {@code returncode})
 */
public record ExitStatus(List<String> args, int code) {
    /** The status of a process the shell ends with: a signal's death as the shell reports it, 128 + n. */
    int processStatus() {
        return code >= 0 ? code : 128 - code;
    }

    @Override
    public String toString() {
        return "CompletedProcess(args=" + PyRepr.repr(args) + ", returncode=" + code + ")";
    }
}
