package org.osprey.subprocess.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import org.osprey.os.BrokenPipeOsException;

/**
 * The threads that copy between a Java stream and a child's pipe ({@code Redirect.from}/{@code Redirect.to}):
 * made with the child's setup, started once it runs, joined by a wait so that all the child wrote is in the sink
 * when the wait returns. Each closes its pipe end when done, never the caller's stream.
 */
final class Pumps {
    private static final System.Logger LOG = System.getLogger("org.osprey.subprocess");

    private final List<Thread> threads = new ArrayList<>();

    /** Copies {@code from} into {@code pipeEnd} then closes that end (the child sees its input end). */
    void feed(InputStream from, OutputStream pipeEnd) {
        add("stdin", () -> {
            try (pipeEnd) {
                from.transferTo(pipeEnd);
            }
        });
    }

    /** Copies {@code pipeEnd} into {@code to} until the child closes it, then closes that end. */
    void drain(InputStream pipeEnd, OutputStream to, String stream) {
        add(stream, () -> {
            try (pipeEnd) {
                pipeEnd.transferTo(to);
                to.flush();
            }
        });
    }

    private interface Copy {
        void run() throws IOException;
    }

    private void add(String stream, Copy copy) {
        Thread t = new Thread(() -> {
            try {
                copy.run();
            } catch (BrokenPipeOsException e) {
                // the child stopped reading: as CPython's communicate, not an error
            } catch (IOException e) {
                LOG.log(Level.WARNING, "copying the child's " + stream + " failed", e);
            }
        }, "osprey-subprocess-" + stream);
        t.setDaemon(true);
        threads.add(t);
    }

    boolean isEmpty() {
        return threads.isEmpty();
    }

    void start() {
        threads.forEach(Thread::start);
    }

    /** Waits for every copy to end (they end when the child's pipes close). */
    void join() {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
