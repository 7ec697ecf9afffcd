package org.osprey.subprocess.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osprey.os.BrokenPipeOsException;

/**
 * One {@code communicate}: a thread per pipe (writing the input, reading {@code stdout}, reading
 * {@code stderr}), so that no pipe can fill up while another is waited on. It outlives a timeout: a later
 * {@code communicate} waits on the same threads and loses nothing they read meanwhile.
 */
final class Communication {
    private final List<Thread> threads = new ArrayList<>();
    private final Sink stdout;
    private final Sink stderr;
    private volatile IOException failure;

    /** A growing buffer the reading thread fills and a timed-out caller may look into. */
    static final class Sink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        synchronized void write(byte[] b, int n) {
            bytes.write(b, 0, n);
        }

        synchronized byte[] snapshot() {
            return bytes.toByteArray();
        }
    }

    /**
     * Starts the threads.
     *
     * @param input  written to {@code stdin}, then closed; null: {@code stdin} (if a pipe) is closed at once
     */
    Communication(OutputStream stdin, byte[] input, InputStream stdoutPipe, InputStream stderrPipe, long pid)
            throws IOException {
        if (stdin != null) {
            if (input == null || input.length == 0) {
                closeQuietly(stdin);
            } else {
                start("stdin", pid, () -> {
                    try (stdin) {
                        stdin.write(input);
                    } catch (BrokenPipeOsException e) {
                        // the child stopped reading: CPython ignores it too
                    }
                });
            }
        }
        stdout = stdoutPipe == null ? null : read("stdout", pid, stdoutPipe);
        stderr = stderrPipe == null ? null : read("stderr", pid, stderrPipe);
    }

    private static void closeQuietly(OutputStream stdin) throws IOException {
        try {
            stdin.close();
        } catch (BrokenPipeOsException e) {
            // as CPython: a child that exited without reading is no error here
        }
    }

    private interface Task {
        void run() throws IOException;
    }

    private Sink read(String name, long pid, InputStream pipe) {
        Sink sink = new Sink();
        start(name, pid, () -> {
            try (pipe) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = pipe.read(buffer); n >= 0; n = pipe.read(buffer)) {
                    sink.write(buffer, n);
                }
            }
        });
        return sink;
    }

    private void start(String name, long pid, Task task) {
        Thread t = new Thread(() -> {
            try {
                task.run();
            } catch (IOException e) {
                failure = e;
            }
        }, "osprey-communicate-" + pid + "-" + name);
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /**
     * Waits for every thread until {@code deadline} ({@link System#nanoTime()}; {@link Long#MAX_VALUE}: for ever).
     *
     * @return whether all are done
     */
    boolean await(long deadline) throws IOException {
        for (Thread t : threads) {
            try {
                if (deadline == Long.MAX_VALUE) {
                    t.join();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        TimeUnit.NANOSECONDS.timedJoin(t, left);
                    }
                    if (t.isAlive()) {
                        return false;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("communicate interrupted");
            }
        }
        if (failure != null) {
            throw failure;
        }
        return true;
    }

    /** What {@code stdout} gave so far (all of it once {@link #await} said done); null where not a pipe. */
    byte[] stdout() {
        return stdout == null ? null : stdout.snapshot();
    }

    byte[] stderr() {
        return stderr == null ? null : stderr.snapshot();
    }
}
