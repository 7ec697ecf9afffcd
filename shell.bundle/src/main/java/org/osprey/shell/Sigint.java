package org.osprey.shell;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashSet;
import java.util.Set;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a long command runs: SIGINT interrupts the command's thread, which stops between two chunks or
 * entries, instead of ending the JVM. The handler is installed while such a command runs and, in the interactive
 * shell, for the whole session, where Ctrl-C with no such command running does what Python's prompt does (it says
 * {@code KeyboardInterrupt} and prompts again); elsewhere the JVM's own handler, which exits, is put back. Uses
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
    /** What Ctrl-C does in the interactive shell when no command is running; null outside it. */
    private static Runnable idle;

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

    /**
     * Keeps the handler for an interactive session until the returned handle is closed: {@code atPrompt} runs (on
     * the JVM's signal thread) for a Ctrl-C that finds no command to stop.
     */
    static synchronized AutoCloseable interactive(Runnable atPrompt) {
        idle = atPrompt;
        install();
        return () -> {
            synchronized (Sigint.class) {
                idle = null;
                restoreIfIdle();
            }
        };
    }

    private static synchronized void enter(Thread t) {
        install();
        RUNNING.add(t);
    }

    private static void install() {
        if (!installed) {
            try {
                previous = Handler.install(Sigint::received);
                installed = true;
            } catch (LinkageError | IllegalArgumentException notOurs) {
                installed = false;
            }
        }
    }

    private static void restoreIfIdle() {
        if (RUNNING.isEmpty() && idle == null && installed) {
            Handler.restore(previous);
            installed = false;
        }
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
        restoreIfIdle();
    }

    private static synchronized void received() {
        if (RUNNING.isEmpty() && idle != null) {
            idle.run();
        }
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
