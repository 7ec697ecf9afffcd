package org.osprey.subprocess.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osprey.os.OsException;

/**
 * The children whose {@code Popen} was dropped unwaited, CPython's {@code _active}: each new start polls them,
 * so every child is reaped in the end and no zombie stays.
 */
final class Reaper {
    private static final Set<Child> ABANDONED = ConcurrentHashMap.newKeySet();

    private Reaper() {
    }

    /** A child nobody will wait for; reaped now if it has ended. */
    static void abandon(Child child) {
        if (!reapedNow(child)) {
            ABANDONED.add(child);
        }
    }

    /** CPython's {@code _cleanup()}: polls every abandoned child, forgetting those reaped. */
    static void cleanup() {
        ABANDONED.removeIf(Reaper::reapedNow);
    }

    private static boolean reapedNow(Child child) {
        try {
            return child.poll() != null;
        } catch (OsException e) {
            return true; // not ours to wait for any more (ECHILD is a code already): forget it
        }
    }
}
