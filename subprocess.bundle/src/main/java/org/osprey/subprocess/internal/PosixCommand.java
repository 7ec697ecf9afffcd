package org.osprey.subprocess.internal;

import java.util.ArrayList;
import java.util.List;

import org.osprey.subprocess.PopenOptions;

/** Python's {@code args} made a POSIX child's argv. */
final class PosixCommand {
    private PosixCommand() {
    }

    /** The argv: {@code /bin/sh -c} (or {@code executable -c}) first where {@code shell}. */
    static List<String> argv(List<String> args, PopenOptions<?> options) {
        if (args.isEmpty() && !options.shell()) {
            throw new IndexOutOfBoundsException("list index out of range"); // CPython's IndexError
        }
        if (!options.shell()) {
            return List.copyOf(args);
        }
        List<String> argv = new ArrayList<>(List.of(options.executable() != null ? options.executable() : "/bin/sh",
                "-c"));
        argv.addAll(args);
        return argv;
    }
}
