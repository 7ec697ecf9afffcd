package org.osprey.sys.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Python's {@code atexit} for the JVM: one list for the process, run last registered first, once, by whichever
 * comes first: {@code sys.exit} (in its own thread, before {@code System.exit}) or the JVM's shutdown hook.
 */
final class ExitFunctions {
    private static final Deque<Runnable> FUNCTIONS = new ArrayDeque<>();
    private static boolean hooked;

    private ExitFunctions() {
    }

    static synchronized void register(Runnable func) {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(ExitFunctions::runAll, "osprey-atexit"));
            hooked = true;
        }
        FUNCTIONS.push(func);
    }

    static synchronized void unregister(Runnable func) {
        FUNCTIONS.removeIf(func::equals);
    }

    /** Runs and removes each function; one that throws is reported on {@code System.err}, as CPython does. */
    static void runAll() {
        for (Runnable func = next(); func != null; func = next()) {
            try {
                func.run();
            } catch (RuntimeException | Error e) {
                System.err.println("Exception ignored in atexit callback: " + func);
                e.printStackTrace();
            }
        }
    }

    private static synchronized Runnable next() {
        return FUNCTIONS.poll();
    }
}
