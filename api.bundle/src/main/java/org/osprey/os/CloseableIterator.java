package org.osprey.os;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy result that may hold open handles (Python's generator with its {@code close()}): {@link Os#scandir},
 * {@link Os#fwalk}, and {@code glob.iglob}. It is its own {@link Iterable} for a for-each loop, once; iterating to
 * the end releases what it holds, and so does {@link #close()} (try-with-resources) when the loop stops early.
 *
 * @param <T> what each step yields
 */
public interface CloseableIterator<T> extends Iterator<T>, Iterable<T>, AutoCloseable {
    /** Releases what the iteration still holds; the iteration ends. Idempotent. */
    @Override
    void close();

    @Override
    default Iterator<T> iterator() {
        return this;
    }

    /**
     * The remaining steps as a sequential, lazy stream, read one step at a time as the pipeline pulls (never
     * collected first). Closing the stream closes this: use try-with-resources, so that a short-circuiting
     * operation ({@code findFirst}, {@code limit}) or an exception thrown inside the pipeline releases the
     * handles; a stream consumed to the end has released them already.
     *
     * @return the remaining elements, closing this when closed
     */
    default Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.NONNULL), false)
                .onClose(this::close);
    }
}
