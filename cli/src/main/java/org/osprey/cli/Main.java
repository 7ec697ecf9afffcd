package org.osprey.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.TreeSet;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Platform;
import org.osprey.os.UnameResult;
import org.osprey.os.WalkEntry;
import org.osprey.os.WalkOptions;

/**
 * Osprey's demo: prints the platform facts of the running {@code os}, then walks a directory through the API
 * the way {@code for dirpath, dirnames, filenames in os.walk(top)} would, and sums what it found.
 *
 * <pre>
 * osprey [facts | walk] [DIR]
 * </pre>
 * Without a command it does both; DIR defaults to the working directory.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        List<String> rest = List.of(args);
        String command = rest.isEmpty() ? "all" : rest.get(0);
        if (command.equals("facts") || command.equals("walk") || command.equals("all")) {
            rest = rest.isEmpty() ? rest : rest.subList(1, rest.size());
        } else {
            command = "all";
        }
        if (rest.size() > 1 || command.equals("facts") && !rest.isEmpty()) {
            System.err.println("usage: osprey [facts | walk] [DIR]");
            System.exit(2);
        }
        Os os = Os.get();
        try {
            if (!command.equals("walk")) {
                facts(os, out);
            }
            if (!command.equals("facts")) {
                long errors = walk(os, rest.isEmpty() ? os.getcwd() : rest.get(0), out, command.equals("walk"));
                if (errors > 0) {
                    System.exit(1);
                }
            }
        } catch (OsException e) {
            System.err.println("osprey: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    static void facts(Os os, PrintStream out) throws OsException {
        Platform p = os.platform();
        out.println("provider     " + os.providerId());
        out.println("os.name      " + p.name());
        out.println("os.sep       " + p.sep());
        out.println("os.altsep    " + (p.altsep() == null ? "None" : p.altsep()));
        out.println("os.pathsep   " + p.pathsep());
        out.println("os.linesep   " + p.linesep().replace("\r", "\\r").replace("\n", "\\n"));
        out.println("os.devnull   " + p.devnull());
        out.println("os.curdir    " + p.curdir());
        out.println("os.pardir    " + p.pardir());
        out.println("os.extsep    " + p.extsep());
        out.println("os.defpath   " + p.defpath());
        out.println("os.uname()   " + orWhyNot(() -> {
            UnameResult u = os.uname();
            return u.sysname() + " " + u.nodename() + " " + u.release() + " " + u.machine();
        }));
        out.println("os.getcwd()  " + os.getcwd());
        out.println("os.getpid()  " + os.getpid());
        out.println("os.getuid()  " + orWhyNot(() -> os.getuid() + " (euid " + os.geteuid() + ", gid " + os.getgid()
                + ")"));
        out.println("supports_dir_fd          " + new TreeSet<>(os.supports().dirFd()));
        out.println("supports_fd              " + new TreeSet<>(os.supports().fd()));
        out.println("supports_follow_symlinks " + new TreeSet<>(os.supports().followSymlinks()));
        out.println("supports_effective_ids   " + new TreeSet<>(os.supports().effectiveIds()));
    }

    private interface Fact {
        String get() throws OsException;
    }

    /** The fact, or why this provider does not have it (the pure-Java one has no uname, say). */
    private static String orWhyNot(Fact fact) throws OsException {
        try {
            return fact.get();
        } catch (UnsupportedOperationException e) {
            return "not available: " + e.getMessage();
        }
    }

    /**
     * Walks {@code top}; with {@code list}, prints every file's path, one per line, as a Python loop would.
     * Returns how many directories could not be listed.
     */
    static long walk(Os os, String top, PrintStream out, boolean list) {
        long dirs = 0;
        long files = 0;
        long[] errors = {0};
        WalkOptions options = WalkOptions.DEFAULT.onError(e -> {
            errors[0]++;
            System.err.println("osprey: " + e.getMessage());
        });
        for (WalkEntry step : os.walk(top, options)) {
            dirs++;
            files += step.filenames().size();
            if (list) {
                for (String f : step.filenames()) {
                    out.println(os.path().join(step.dirpath(), f));
                }
            }
        }
        out.println("walk " + top + ": " + dirs + " directories, " + files + " files, " + errors[0] + " errors");
        return errors[0];
    }
}
