package org.osprey.os;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What {@link Os#scandir} returns: the entries of one directory, read lazily from an open directory handle
 * that {@link #close()} releases (Python's context manager). Iteration closes it at the end too, and the
 * garbage collector closes one dropped unclosed, as CPython does.
 * A read error surfaces as an {@link java.io.UncheckedIOException} whose cause is the {@link OsException}.
 *
 * <p>Iterate on one thread. {@link #close()} may come from another: it waits for a read in progress, and the
 * iteration then ends; no other iterator is affected.
 */
public interface ScandirIterator extends Iterator<DirEntry>, Iterable<DirEntry>, AutoCloseable {
    @Override
    void close();

    @Override
    default Iterator<DirEntry> iterator() {
        return this;
    }

    /**
     * The entries as a stream; closing the stream closes the directory.
     *
     * @return the remaining entries
     */
    default Stream<DirEntry> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.NONNULL), false)
                .onClose(this::close);
    }
}
