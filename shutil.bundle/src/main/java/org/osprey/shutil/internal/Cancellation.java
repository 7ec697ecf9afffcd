package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.Supplier;

import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.shutil.Progress;

/**
 * How a long operation stops (see {@link Progress}): an interrupt of its thread or its listener's
 * {@link Progress#cancelled()}, seen between chunks and entries, becomes an {@link InterruptedIOException} saying
 * what was in progress.
 */
public final class Cancellation {
    /** A piece of I/O work: writing an archive, removing what a stopped one wrote. */
    @FunctionalInterface
    public interface IoAction {
        void run() throws IOException;
    }

    private Cancellation() {
    }

    /** Throws if the thread was interrupted (clearing that) or the listener cancels; {@code doing}: "removing 'a'". */
    public static void check(Progress progress, Supplier<String> doing) throws InterruptedIOException {
        boolean interrupted = Thread.interrupted();
        if (interrupted || progress.cancelled()) {
            throw stopped(interrupted, doing.get());
        }
    }

    /**
     * Removes the partly written {@code path} after {@code stop} (with {@code removal}, once it is closed) and says
     * so in the exception returned; if it cannot be removed, says that it is left partial, and why.
     */
    public static InterruptedIOException removePartial(InterruptedIOException stop, String path, IoAction removal) {
        try {
            removal.run();
            return adding(stop, "; the partial " + PyRepr.repr(path) + " was removed");
        } catch (IOException | RuntimeException e) {
            return adding(stop, "; the partial " + PyRepr.repr(path) + " is left (removing it failed: "
                    + (e instanceof OsException ? e.getMessage() : e.toString()) + ")");
        }
    }

    /** The same stop, with {@code more} said after its message. */
    public static InterruptedIOException adding(InterruptedIOException stop, String more) {
        InterruptedIOException said = new InterruptedIOException(stop.getMessage() + more);
        said.bytesTransferred = stop.bytesTransferred;
        said.initCause(stop.getCause());
        return said;
    }

    static InterruptedIOException stopped(boolean interrupted, String doing) {
        return new InterruptedIOException((interrupted ? "interrupted" : "cancelled") + " while " + doing);
    }
}
