package org.osprey.shutil;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.ObjLongConsumer;

/**
 * Hears how a long {@code shutil} operation advances, and may stop it (no Python equivalent). Every method has a
 * do-nothing default, so a listener overrides only what it needs, and each has a factory that takes a lambda:
 * {@code Progress.onBytes(copied::addAndGet).and(Progress.onEntry(System.out::println))}. Methods rather than one
 * event type keep the per-chunk call free of allocation and of a type switch.
 *
 * <p>Calls are made on the thread doing the work, in this order for each file whose contents are copied:
 * {@link #file} (its size, the total of the bytes to come), {@link #bytes} per chunk written, then
 * {@link #entry} once it is done. Trees are not walked twice to count them first: a tree operation's totals are
 * unknown, each file's size is told as it starts. Keep the calls quick.
 *
 * <p><b>Stopping.</b> Between chunks and between entries the operation checks {@link Thread#interrupted()} (which
 * clears the thread's interrupt status) and {@link #cancelled()}; either stops it with a
 * {@link java.io.InterruptedIOException} saying what was in progress ({@code bytesTransferred}: the bytes of the
 * file being copied). A file being written is then removed rather than left partly written under its final name,
 * and the message says so; what was finished before stays; every descriptor opened is closed. A copy done by the
 * kernel in one call (no listener: {@code copyfile} copies a whole file per call, as CPython does) is only checked
 * after that call; with a listener, kernel copies go by 8 MiB chunks so that a big file can be stopped midway.
 */
public interface Progress {
    /** Hears nothing and never cancels. */
    Progress NONE = new Progress() {
    };

    /**
     * A file's contents start being copied.
     *
     * @param path where they go
     * @param size how many bytes will come, or -1 when unknown
     */
    default void file(String path, long size) {
    }

    /**
     * More bytes were written.
     *
     * @param n how many since the last call
     */
    default void bytes(long n) {
    }

    /**
     * An entry was done.
     *
     * @param path the file, link or directory copied, moved, removed, archived or extracted
     */
    default void entry(String path) {
    }

    /**
     * Polled between chunks and entries.
     *
     * @return true to stop the operation, as an interrupt of its thread does
     */
    default boolean cancelled() {
        return false;
    }

    /**
     * A listener of each file's size as its copy starts.
     *
     * @param listener told the destination path and the size ({@link #file})
     * @return the listener as a {@code Progress}
     */
    static Progress onFile(ObjLongConsumer<String> listener) {
        Objects.requireNonNull(listener, "listener");
        return new Progress() {
            @Override
            public void file(String path, long size) {
                listener.accept(path, size);
            }
        };
    }

    /**
     * A listener of the bytes written, chunk by chunk.
     *
     * @param listener told each chunk's byte count ({@link #bytes})
     * @return the listener as a {@code Progress}
     */
    static Progress onBytes(LongConsumer listener) {
        Objects.requireNonNull(listener, "listener");
        return new Progress() {
            @Override
            public void bytes(long n) {
                listener.accept(n);
            }
        };
    }

    /**
     * A listener of each entry done.
     *
     * @param listener told each entry's path ({@link #entry})
     * @return the listener as a {@code Progress}
     */
    static Progress onEntry(Consumer<String> listener) {
        Objects.requireNonNull(listener, "listener");
        return new Progress() {
            @Override
            public void entry(String path) {
                listener.accept(path);
            }
        };
    }

    /**
     * Stops the operation once {@code stop} says so: a flag another thread sets, a deadline, a byte budget.
     *
     * @param stop polled between chunks and entries ({@link #cancelled})
     * @return a {@code Progress} that hears nothing and cancels when {@code stop} is true
     */
    static Progress cancelWhen(BooleanSupplier stop) {
        Objects.requireNonNull(stop, "stop");
        return new Progress() {
            @Override
            public boolean cancelled() {
                return stop.getAsBoolean();
            }
        };
    }

    /**
     * Both listeners, this one first; cancelled when either is.
     *
     * @param other the second listener
     * @return a {@code Progress} telling both
     */
    default Progress and(Progress other) {
        Objects.requireNonNull(other, "other");
        Progress first = this;
        return new Progress() {
            @Override
            public void file(String path, long size) {
                first.file(path, size);
                other.file(path, size);
            }

            @Override
            public void bytes(long n) {
                first.bytes(n);
                other.bytes(n);
            }

            @Override
            public void entry(String path) {
                first.entry(path);
                other.entry(path);
            }

            @Override
            public boolean cancelled() {
                return first.cancelled() || other.cancelled();
            }
        };
    }
}
