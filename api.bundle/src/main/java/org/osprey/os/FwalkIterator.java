package org.osprey.os;

import java.util.Iterator;

/**
 * What {@link Os#fwalk} returns: the steps of the walk, computed lazily, with one open directory descriptor
 * per level of the directory being walked. The walk owns those descriptors; iterating to the end closes them,
 * and {@link #close()} (try-with-resources) closes them when the walk stops early. Python closes them when
 * the generator is collected; Java needs the explicit close.
 */
public interface FwalkIterator extends Iterator<FwalkEntry>, Iterable<FwalkEntry>, AutoCloseable {
    /** Closes every descriptor the walk still holds; the walk ends. Idempotent. */
    @Override
    void close();

    @Override
    default Iterator<FwalkEntry> iterator() {
        return this;
    }
}
