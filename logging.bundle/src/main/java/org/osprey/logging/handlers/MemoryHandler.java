package org.osprey.logging.handlers;

import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;
import org.osprey.logging.Logging;

/**
 * Python's {@code logging.handlers.MemoryHandler}: records are buffered and handed to the target handler when the
 * buffer is full, when a record of {@code flushLevel} or above arrives, and (with {@code flushOnClose}) at
 * {@link #close}. Without a target the buffer is kept.
 */
public class MemoryHandler extends BufferingHandler {
    private final int flushLevel;
    private final boolean flushOnClose;
    private Handler target;

    /**
     * Mirrors {@code MemoryHandler(capacity)}: flushes at {@code ERROR}, no target yet, flushes on close.
     *
     * @param capacity how many records make the buffer full
     */
    public MemoryHandler(int capacity) {
        this(capacity, Logging.ERROR, null, true);
    }

    /**
     * Mirrors {@code MemoryHandler(capacity, flushLevel, target)}: flushes on close. (dictConfig passes these
     * three.)
     *
     * @param capacity how many records make the buffer full
     * @param flushLevel the level of a record that flushes the buffer at once
     * @param target where the records go, or null
     */
    public MemoryHandler(int capacity, int flushLevel, Handler target) {
        this(capacity, flushLevel, target, true);
    }

    /**
     * Mirrors {@code MemoryHandler(capacity, flushLevel, target, flushOnClose)}.
     *
     * @param capacity how many records make the buffer full
     * @param flushLevel the level of a record that flushes the buffer at once
     * @param target where the records go, or null
     * @param flushOnClose whether {@link #close} hands the buffer to the target
     */
    public MemoryHandler(int capacity, int flushLevel, Handler target, boolean flushOnClose) {
        super(capacity);
        this.flushLevel = flushLevel;
        this.target = target;
        this.flushOnClose = flushOnClose;
    }

    /** @return Python's {@code flushLevel} */
    public int flushLevel() {
        return flushLevel;
    }

    /** @return Python's {@code flushOnClose} */
    public boolean flushOnClose() {
        return flushOnClose;
    }

    /** @return Python's {@code target}, or null */
    public Handler target() {
        acquire();
        try {
            return target;
        } finally {
            release();
        }
    }

    /**
     * Mirrors {@code setTarget(target)}.
     *
     * @param target where the records go, or null
     */
    public void setTarget(Handler target) {
        acquire();
        try {
            this.target = target;
        } finally {
            release();
        }
    }

    /**
     * Mirrors {@code MemoryHandler.shouldFlush(record)}: the buffer is full or the record is at
     * {@code flushLevel} or above.
     *
     * @param record the record just buffered
     * @return whether to flush
     */
    @Override
    public boolean shouldFlush(LogRecord record) {
        return buffered() >= capacity() || record.levelno() >= flushLevel;
    }

    /** Mirrors {@code MemoryHandler.flush()}: the buffered records to the target's {@code handle}, in order. */
    @Override
    public void flush() {
        acquire();
        try {
            if (target != null) {
                for (LogRecord record : drain()) {
                    target.handle(record);
                }
            }
        } finally {
            release();
        }
    }

    /** Mirrors {@code MemoryHandler.close()}: flushes when {@code flushOnClose}, then forgets the target. */
    @Override
    public void close() {
        acquire();
        try {
            if (flushOnClose) {
                flush();
            }
        } finally {
            try {
                target = null;
                super.close();
            } finally {
                release();
            }
        }
    }
}
