package org.osprey.posix.fd;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import jnr.constants.platform.Errno;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Platform;
import jnr.ffi.Runtime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.os.Pipe;
import org.osprey.posix.PosixProvider;
import org.osprey.posix.natives.FdLibrary;
import org.osprey.posix.natives.NativeDoor;

/**
 * PEP 475: a read interrupted by a signal is made again. The JVM installs its handlers with
 * {@code SA_RESTART}, so the kernel would restart the call by itself; here SIGUSR1 (unused by HotSpot on Linux)
 * gets a handler without {@code SA_RESTART} for the test, so that a blocked read or lockf really returns EINTR,
 * as the control case (a bare native read) shows first. Waiting for a child is retried alike.
 */
class InterruptedCallTest {
    private static final int SIGUSR1 = 10;
    /** glibc's struct sigaction on 64-bit Linux: handler, 128-byte mask, flags, restorer. */
    private static final int SIGACTION_SIZE = 152;
    private static final int FLAGS_OFFSET = 136;

    private final Os os = Os.of(new PosixProvider());
    private final MemoryIO memory = MemoryIO.getInstance();
    private SignalCalls signals;
    private long saved;
    private Pipe pipe;

    @BeforeEach
    void installAHandlerWithoutRestart() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "the struct sigaction here is glibc's on Linux");
        signals = LibraryLoader.create(SignalCalls.class).load(Platform.getNativePlatform().getStandardCLibraryName());
        long action = memory.allocateMemory(SIGACTION_SIZE, true);
        saved = memory.allocateMemory(SIGACTION_SIZE, true);
        try {
            // a handler that does nothing harmful with its int argument
            memory.putAddress(action, Library.getDefault().getSymbolAddress("getpid"));
            memory.putInt(action + FLAGS_OFFSET, 0);
            assertEquals(0, signals.sigaction(SIGUSR1, action, saved));
        } finally {
            memory.freeMemory(action);
        }
        pipe = os.pipe();
    }

    @AfterEach
    void restore() throws Exception {
        if (signals != null) {
            signals.sigaction(SIGUSR1, saved, 0);
            memory.freeMemory(saved);
            os.close(pipe.read());
            os.close(pipe.write());
        }
    }

    /** Runs {@code call} on a thread and signals that thread until it is done; after ten signals, {@code release}. */
    private <T> T interruptWhileBlocked(ThrowingSupplier<T> call, ThrowingRunnable release) throws Exception {
        AtomicLong thread = new AtomicLong();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            thread.set(signals.pthread_self());
            try {
                return call.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, r -> new Thread(r, "reader").start());
        for (int sent = 0; !result.isDone(); sent++) {
            Thread.sleep(50);
            if (thread.get() != 0) {
                signals.pthread_kill(thread.get(), SIGUSR1);
            }
            if (sent == 10) {
                release.run();
            }
        }
        return result.get(10, TimeUnit.SECONDS);
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aBareReadIsInterruptedButOsReadRetries() throws Exception {
        long bare = interruptWhileBlocked(() -> {
            long buffer = memory.allocateMemory(16, false);
            try {
                long n = FdLibrary.calls(NativeDoor.system()).read(pipe.read(), buffer, 16);
                return n < 0 ? -Runtime.getSystemRuntime().getLastError() : n;
            } finally {
                memory.freeMemory(buffer);
            }
        }, () -> { });
        assertEquals(-Errno.EINTR.intValue(), bare, "the control: the signal interrupts a read");
        byte[] got = interruptWhileBlocked(() -> os.read(pipe.read(), 16),
                () -> os.write(pipe.write(), "after".getBytes(UTF_8)));
        assertEquals("after", new String(got, UTF_8));
    }

    @Test
    void aLockfWaitingForAnotherProcessRetries(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("lock");
        Files.writeString(file, "x");
        Process holder = new ProcessBuilder("python3", "-c", "import os, sys\n"
                + "fd = os.open(sys.argv[1], os.O_RDWR); os.lockf(fd, os.F_LOCK, 0)\n"
                + "print('held', flush=True); sys.stdin.read()", file.toString()).start();
        int fd = os.open(file.toString(), os.O_RDWR());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), UTF_8))) {
            assertEquals("held", r.readLine());
            interruptWhileBlocked(() -> {
                os.lockf(fd, os.F_LOCK(), 0);
                return null;
            }, () -> holder.getOutputStream().close());
            assertEquals(0, holder.waitFor());
        } finally {
            os.close(fd);
        }
    }

    @Test
    void waitsForAChildRetry() throws Exception {
        for (int which = 0; which < 3; which++) {
            long pid = os.spawnv(Os.P_NOWAIT, "/bin/sleep", List.of("sleep", "60"));
            int call = which;
            long reaped = interruptWhileBlocked(() -> switch (call) {
                case 0 -> os.waitpid(pid, 0).pid();
                case 1 -> os.wait4(pid, 0).pid();
                default -> os.waitid(os.P_PID(), pid, os.WEXITED()).siPid();
            }, () -> os.kill(pid, os.SIGKILL()));
            assertEquals(pid, reaped);
        }
    }
}
