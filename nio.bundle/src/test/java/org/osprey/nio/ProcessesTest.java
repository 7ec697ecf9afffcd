package org.osprey.nio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.osprey.os.Os;
import org.osprey.os.ProcessLookupOsException;

/** The process functions on the pure-Java provider: kill with SIGTERM/SIGKILL and _exit, and the refusals. */
class ProcessesTest {
    private final Os os = Os.of(new NioProvider());

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = "sleep and sh, and the 128+n exit code "
            + "of a POSIX child ended by signal n")
    void sigtermAndSigkillThroughProcessHandle() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        os.kill(sleeper.pid(), 0); // there
        os.kill(sleeper.pid(), os.SIGTERM());
        assertTrue(sleeper.waitFor(10, TimeUnit.SECONDS));
        assertEquals(128 + 15, sleeper.exitValue());
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 60").start();
        os.kill(stubborn.pid(), os.SIGKILL());
        assertTrue(stubborn.waitFor(10, TimeUnit.SECONDS));
        assertEquals(128 + 9, stubborn.exitValue());
        assertThrows(ProcessLookupOsException.class, () -> os.kill(sleeper.pid(), os.SIGTERM()));
    }

    @Test
    void onlyTheSignalsTheJdkSends() {
        assertEquals(Map.of("SIGKILL", 9, "SIGTERM", 15), os.signalConstants().asMap());
        assertThrows(UnsupportedOperationException.class, os::SIGUSR1);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> os.kill(os.getpid(), 10));
        assertTrue(e.getMessage().contains("SIGTERM"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> os.kill(0, 15));
        assertThrows(UnsupportedOperationException.class, () -> os.killpg(os.getpgrp(), 15));
    }

    @Test
    void whatItCannotDoIsRefusedSayingWhy() {
        List<Runnable> calls = List.of(() -> call(() -> os.waitpid(-1, 0)), () -> call(os::waitAny),
                () -> call(() -> os.wait3(0)), () -> call(() -> os.wait4(-1, 0)), () -> call(() -> os.waitid(0, 0, 4)),
                () -> call(() -> os.pidfdOpen(os.getpid())),
                () -> call(os::WNOHANG), () -> os.WIFEXITED(0), () -> os.waitstatusToExitcode(0),
                () -> call(() -> os.system("true")), () -> call(() -> os.spawnv(Os.P_WAIT, "/bin/true",
                        List.of("true"))), () -> call(() -> {
                    os.execv("/bin/true", List.of("true"));
                    return null;
                }), os::abort);
        for (Runnable call : calls) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, call::run);
            assertTrue(e.getMessage().contains("JDK"), e.getMessage());
        }
        // arguments are checked before the provider is asked, as on every provider
        assertThrows(IllegalArgumentException.class, () -> os.execv("/bin/true", List.of()));
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static void call(Call c) {
        try {
            c.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** {@code _exit} is {@link Runtime#halt}: the status, and no shutdown hook. */
    @Test
    void exitHaltsWithoutHooks() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ExitChild.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(7, p.waitFor());
        assertEquals("started\n", out);
        assertFalse(out.contains("hook"));
    }

    /** The child JVM of {@link #exitHaltsWithoutHooks}. */
    public static final class ExitChild {
        public static void main(String[] args) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
            System.out.println("started");
            System.out.flush();
            Os.of(new NioProvider())._exit(7);
        }
    }
}
