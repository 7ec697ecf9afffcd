package org.osprey.shell;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashSet;
import java.util.Set;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a long command runs: SIGINT interrupts the command's thread, which stops between two chunks or
 * entries, instead of ending the JVM. The handler is installed only while such a command runs (the JVM's own, which
 * exits, is put back after), so Ctrl-C at the prompt or during any other command does what it did. Uses
 * {@code sun.misc.Signal} (module {@code jdk.unsupported}); where that is missing or SIGINT is not the JVM's to
 * handle (ignored when it started, or {@code -Xrs}), commands simply run without it.
 */
final class Sigint {
    /** A command that may be stopped. */
    @FunctionalInterface
    interface Command<T> {
        T run() throws IOException;
    }

    private static final Set<Thread> RUNNING = new HashSet<>();
    private static final Set<Thread> SIGNALLED = new HashSet<>();
    private static Object previous;
    private static boolean installed;

    private Sigint() {
    }

    /** Runs {@code command}; if SIGINT stopped it, throws its stop as a {@link KeyboardInterrupt}. */
    static <T> T interruptible(Command<T> command) throws IOException {
        Thread me = Thread.currentThread();
        enter(me);
        try {
            return command.run();
        } catch (InterruptedIOException stop) {
            throw signalled(me) ? new KeyboardInterrupt(stop) : stop;
        } finally {
            leave(me);
        }
    }

    private static synchronized void enter(Thread t) {
        if (RUNNING.isEmpty() && !installed) {
            try {
                previous = Handler.install(Sigint::received);
                installed = true;
            } catch (LinkageError | IllegalArgumentException notOurs) {
                installed = false;
            }
        }
        RUNNING.add(t);
    }

    private static synchronized boolean signalled(Thread t) {
        return SIGNALLED.contains(t);
    }

    /** An interrupt that came by SIGINT and that the command did not see is not left set on the thread. */
    private static synchronized void leave(Thread t) {
        RUNNING.remove(t);
        if (SIGNALLED.remove(t)) {
            Thread.interrupted();
        }
        if (RUNNING.isEmpty() && installed) {
            Handler.restore(previous);
            installed = false;
        }
    }

    private static synchronized void received() {
        for (Thread t : RUNNING) {
            SIGNALLED.add(t);
            t.interrupt();
        }
    }

    /** The {@code sun.misc} calls, in a class of their own: loaded only when the first command runs. */
    private static final class Handler {
        static Object install(Runnable onSigint) {
            return Signal.handle(new Signal("INT"), sig -> onSigint.run());
        }

        static void restore(Object previous) {
            Signal.handle(new Signal("INT"), (SignalHandler) previous);
        }
    }
}
