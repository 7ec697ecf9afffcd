package org.osprey.logging.handlers;

import java.util.ArrayList;
import java.util.List;

import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;

/**
 * Python's {@code logging.handlers.BufferingHandler}: records are kept in a buffer; after each one
 * {@link #shouldFlush} decides whether to {@link #flush}, which here only empties the buffer.
 */
public class BufferingHandler extends Handler {
    private final int capacity;
    /** Python's {@code buffer}; guarded by the handler's lock. */
    private final List<LogRecord> buffer = new ArrayList<>();

    /**
     * Mirrors {@code BufferingHandler(capacity)}.
     *
     * @param capacity how many records make the buffer full
     */
    public BufferingHandler(int capacity) {
        this.capacity = capacity;
    }

    /** @return Python's {@code capacity} */
    public int capacity() {
        return capacity;
    }

    /** @return Python's {@code buffer}: the records buffered, a snapshot */
    public List<LogRecord> buffer() {
        acquire();
        try {
            return List.copyOf(buffer);
        } finally {
            release();
        }
    }

    /**
     * The records buffered, handed over: the buffer is empty afterwards. Call it holding the lock.
     *
     * @return the records, oldest first
     */
    protected final List<LogRecord> drain() {
        List<LogRecord> records = List.copyOf(buffer);
        buffer.clear();
        return records;
    }

    /** @return how many records are buffered; call it holding the lock */
    protected final int buffered() {
        return buffer.size();
    }

    /**
     * Mirrors {@code shouldFlush(record)}: whether the buffer is full.
     *
     * @param record the record just buffered
     * @return whether to flush
     */
    public boolean shouldFlush(LogRecord record) {
        return buffered() >= capacity;
    }

    /**
     * Mirrors {@code BufferingHandler.emit(record)}: buffers the record, then flushes if {@link #shouldFlush}.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        acquire();
        try {
            buffer.add(record);
            if (shouldFlush(record)) {
                flush();
            }
        } finally {
            release();
        }
    }

    /** Mirrors {@code BufferingHandler.flush()}: empties the buffer. */
    @Override
    public void flush() {
        acquire();
        try {
            buffer.clear();
        } finally {
            release();
        }
    }

    /** Mirrors {@code BufferingHandler.close()}: flushes, then closes. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            super.close();
        }
    }
}
