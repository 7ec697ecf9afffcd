package org.osprey.tempfile.internal;

import java.lang.System.Logger.Level;
import java.lang.ref.Cleaner;

/**
 * CPython's finalizers for this module's objects: what runs when an object that was never closed is collected,
 * and the {@code ResourceWarning} it gives, logged as a warning to the platform logger named
 * {@value #LOGGER_NAME} (by default {@code java.util.logging}).
 *
 * <p>An action registered here must not reference its owner (else the owner never becomes phantom-reachable);
 * {@link Cleaner.Cleanable#clean()} runs it at most once, so an owner's {@code close()} calls it after releasing
 * its resources, which leaves the action nothing to do.
 */
final class Finalizers {
    static final String LOGGER_NAME = "org.osprey.tempfile";
    private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

    private Finalizers() {
    }

    /** Created on first use, so that a JVM that never makes a temporary object starts no thread for it. */
    private static final class Holder {
        static final Cleaner CLEANER = Cleaner.create(task -> {
            Thread t = new Thread(task, "osprey-tempfile-cleaner");
            t.setDaemon(true);
            return t;
        });
    }

    static Cleaner.Cleanable register(Object owner, Runnable action) {
        return Holder.CLEANER.register(owner, action);
    }

    /** Python's {@code warnings.warn(message, ResourceWarning)}. */
    static void resourceWarning(String message) {
        LOG.log(Level.WARNING, message);
    }

    /** What Python prints as {@code Exception ignored in: ...} when a finalizer fails. */
    static void exceptionIgnored(String what, Throwable error) {
        LOG.log(Level.WARNING, "Exception ignored in: " + what, error);
    }
}
