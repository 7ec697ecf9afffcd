package org.osprey.os;

/**
 * What {@link Os#fwalk} returns: the steps of the walk, computed lazily, with one open directory descriptor
 * per level of the directory being walked. The walk owns those descriptors; iterating to the end closes them,
 * and {@link #close()} (try-with-resources) closes them when the walk stops early. A walk dropped unfinished
 * has them closed by the garbage collector, as Python's generator, but only when it runs: close it.
 * {@link #close()} may come from another thread: it waits for the step in progress, and the walk then ends.
 *
 * <p>A subdirectory that cannot be opened goes to {@link FwalkOptions#onerror()}; an error reading an open
 * directory ends the walk, closing its descriptors, with an {@link java.io.UncheckedIOException} whose cause is
 * the {@link OsException} (Python raises it from the generator).
 */
public interface FwalkIterator extends CloseableIterator<FwalkEntry> {
}
