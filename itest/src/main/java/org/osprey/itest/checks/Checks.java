package org.osprey.itest.checks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.osprey.os.Os;

/**
 * Checks of the Osprey modules through their APIs only, run the same way inside an OSGi framework (the itest
 * bundle's tests call {@link #run}) and on a plain module path ({@link #main}). Each check works in a fresh
 * directory of its own.
 */
public final class Checks {
    private Checks() {
    }

    /** One check: throws {@link AssertionError} (or any exception) when it fails. */
    public interface Body {
        void run(Os os, String dir) throws Exception;
    }

    /** A named check of one module ({@code "os"}, {@code "shutil"}, ...). */
    public record Check(String module, String name, Body body) {
        public Check(String name, Body body) {
            this("os", name, body);
        }
    }

    /** Every module's checks. */
    public static final List<Check> ALL = Stream.of(OsChecks.ALL, ShutilChecks.ALL, TempfileChecks.ALL,
            GlobChecks.ALL, FilecmpChecks.ALL, LinecacheChecks.ALL, SubprocessChecks.ALL,
            PlatformChecks.ALL, SysChecks.ALL, LoggingChecks.ALL).flatMap(List::stream).toList();

    /** The checks of one module. */
    public static List<Check> of(String module) {
        return ALL.stream().filter(c -> c.module().equals(module)).toList();
    }

    /** Runs every check against {@link Os#get()} in temporary directories; exits non-zero on a failure. */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Os os = Os.get();
        int passed = 0;
        int failed = 0;
        for (Check c : ALL) {
            Path dir = Files.createTempDirectory("osprey-check");
            try {
                run(c, os, dir);
                out.println("PASS " + c.module() + ": " + c.name());
                passed++;
            } catch (Throwable t) {
                out.println("FAIL " + c.module() + ": " + c.name() + ": " + t);
                t.printStackTrace(out);
                failed++;
            } finally {
                deleteTree(dir);
            }
        }
        out.println("provider " + os.providerId());
        out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    public static void run(Check check, Os os, Path dir) throws Exception {
        check.body().run(os, dir.toString());
    }

    // ---- assertions shared by the checks (no test framework on the plain module path) ----

    public interface Call {
        void call() throws Exception;
    }

    public static <T extends Throwable> T raises(Class<T> type, Call call) {
        try {
            call.call();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError("expected " + type.getSimpleName() + ", got " + t, t);
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", nothing was thrown");
    }

    public static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    public static void equal(Object expected, Object actual, String what) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
