package org.osprey.windows;

import java.util.List;

import org.osprey.os.Os;

/** A JVM that execs {@code args[0]} with the rest as its arguments, for {@code OnWindowsTest} to watch it go. */
public final class ExecMain {
    private ExecMain() {
    }

    public static void main(String[] args) throws Exception {
        Os.of(new WindowsProvider()).execv(args[0], List.of(args).subList(1, args.length));
    }
}
