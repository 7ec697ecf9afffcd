package org.osprey.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/** {@code sys} in the test's JVM: what it shares with CPython on this machine, and what it maps to on the JVM. */
class SysTest {
    private final Os os = Os.get();
    private final Sys sys = Sys.of(os);

    @Test
    void agreesWithCPythonOnTheMachinesFacts() {
        assertEquals(Python.run("import sys\nprint(sys.byteorder)\nprint(sys.platform)\n"
                + "print(sys.getfilesystemencoding())\nprint(sys.getfilesystemencodeerrors())").lines().toList(),
                List.of(sys.byteorder(), sys.platform(), sys.getfilesystemencoding(),
                        sys.getfilesystemencodeerrors()));
    }

    @Test
    void sizesAreJavas() {
        assertEquals(Integer.MAX_VALUE, sys.maxsize());
        assertEquals(Long.MAX_VALUE, sys.maxint());
    }

    @Test
    void versionIsTheJavaRuntimes() {
        Runtime.Version v = Runtime.version();
        assertEquals(new VersionInfo(v.feature(), v.interim(), v.update(), v.pre().orElse("final"), v.patch()),
                sys.versionInfo());
        assertTrue(sys.version().startsWith(v + " ("), sys.version());
        assertTrue(sys.version().contains(System.getProperty("java.vm.name")), sys.version());
    }

    @Test
    void executableIsTheRunningJava() throws IOException {
        Path java = Path.of(sys.executable());
        assertTrue(Files.isExecutable(java), java.toString());
        assertTrue(Files.isSameFile(Path.of(System.getProperty("java.home"), "bin", "java"), java));
    }

    @Test
    void pathIsTheClassPathThenTheModulePath() {
        List<String> path = sys.path();
        assertEquals(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)),
                path.subList(0, System.getProperty("java.class.path").split(File.pathSeparator).length));
        assertThrows(UnsupportedOperationException.class, () -> path.add("x"));
    }

    @Test
    void modulesAreTheLoadedLayersModules() {
        LoadedModule base = sys.modules().get("java.base");
        assertEquals(new LoadedModule("java.base", Object.class.getModule().getDescriptor().rawVersion().orElseThrow(),
                "jrt:/java.base"), base);
    }

    @Test
    void currentFramesHoldEveryThreadsStack() {
        List<StackTraceElement> mine = sys._currentFrames().get(Thread.currentThread().getId());
        assertTrue(mine.stream().anyMatch(f -> f.getMethodName().equals("currentFramesHoldEveryThreadsStack")),
                mine.toString());
        assertEquals(Thread.getAllStackTraces().keySet().stream().map(Thread::getId).anyMatch(
                id -> !sys._currentFrames().containsKey(id)), false);
    }

    @Test
    void streamsAreSystems() {
        assertSame(System.in, sys.stdin());
        assertSame(System.out, sys.stdout());
        assertSame(System.err, sys.stderr());
        assertSame(sys.__stdout__(), Sys.get().__stdout__(), "one for the JVM");
    }

    @Test
    void excepthookIsTheDefaultUncaughtExceptionHandler() throws Exception {
        Thread.UncaughtExceptionHandler before = sys.excepthook();
        CompletableFuture<Throwable> seen = new CompletableFuture<>();
        try {
            sys.excepthook((t, e) -> seen.complete(e));
            assertSame(Thread.getDefaultUncaughtExceptionHandler(), sys.excepthook());
            Thread thread = new Thread(() -> {
                throw new IllegalStateException("uncaught");
            });
            thread.start();
            thread.join();
            assertEquals("uncaught", seen.get().getMessage());
        } finally {
            sys.excepthook(before);
        }
    }

    @Test
    void argvIsSharedAndChangeable() {
        List<String> argv = sys.argv();
        assertSame(argv, Sys.get().argv());
        argv.add("extra");
        assertEquals("extra", Sys.get().argv().get(argv.size() - 1));
        argv.remove(argv.size() - 1);
    }

    private static void failsSaying(Executable call, String name) {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call);
        assertTrue(e.getMessage().startsWith("sys." + name + " has no meaning on the JVM: "), e.getMessage());
    }

    @Test
    void whatHasNoMeaningOnTheJvmFailsSayingWhy() {
        failsSaying(() -> sys.getrefcount(this), "getrefcount");
        failsSaying(sys::getrecursionlimit, "getrecursionlimit");
        failsSaying(() -> sys.setrecursionlimit(100), "setrecursionlimit");
        failsSaying(() -> sys.settrace(null), "settrace");
        failsSaying(() -> sys.setprofile(null), "setprofile");
        failsSaying(() -> sys.displayhook(1), "displayhook");
        failsSaying(sys::excInfo, "exc_info");
        failsSaying(sys::excClear, "exc_clear");
        failsSaying(sys::getwindowsversion, "getwindowsversion");
    }

    @Test
    void dlopenFlagsAreTheProvidersOwn() {
        boolean nativeProvider = !os.providerId().startsWith("nio");
        if (nativeProvider) {
            // jffi's default library, through which the POSIX provider binds every function
            assertEquals(os.RTLD_LAZY() | os.RTLD_GLOBAL(), sys.getdlopenflags());
        } else {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    sys::getdlopenflags);
            assertTrue(e.getMessage().contains("loads no native library"), e.getMessage());
        }
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> sys.setdlopenflags(2));
        assertTrue(e.getMessage().startsWith("os.setdlopenflags is not available: "), e.getMessage());
    }
}
