package org.osprey.logging.handlers;

import java.util.Queue;

import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;

/**
 * Python's {@code logging.handlers.QueueHandler}: each record, formatted and copied by {@link #prepare}, is put on
 * a queue (without blocking: Python's {@code put_nowait}), for a {@link QueueListener} to hand to the handlers that
 * do the slow work on its own thread.
 */
public class QueueHandler extends Handler {
    private final Queue<LogRecord> queue;
    private volatile QueueListener listener;

    /**
     * Mirrors {@code QueueHandler(queue)}.
     *
     * @param queue where records go; a bounded queue that is full makes {@link #emit} fail (to
     *        {@link #handleError}), as Python's {@code queue.Full}
     */
    public QueueHandler(Queue<LogRecord> queue) {
        this.queue = queue;
    }

    /** @return Python's {@code queue} */
    public Queue<LogRecord> queue() {
        return queue;
    }

    /** @return Python's {@code listener}: the listener {@code dictConfig} set up for this handler, or null */
    public QueueListener listener() {
        return listener;
    }

    /**
     * Sets Python's {@code listener}.
     *
     * @param listener the listener, or null
     */
    public void setListener(QueueListener listener) {
        this.listener = listener;
    }

    /**
     * Mirrors {@code enqueue(record)}: {@code put_nowait}.
     *
     * @param record the prepared record
     * @throws IllegalStateException Python's {@code queue.Full}
     */
    public void enqueue(LogRecord record) {
        queue.add(record);
    }

    /**
     * Mirrors {@code QueueHandler.prepare(record)} (Python 3.13): a copy of the record whose {@code msg} and
     * {@code message} are the formatted record and whose {@code args}, {@code exc_info}, {@code exc_text} and
     * {@code stack_info} are None; the record itself keeps its attributes.
     *
     * @param record the record
     * @return what is enqueued
     */
    public LogRecord prepare(LogRecord record) {
        String msg = format(record);
        LogRecord copy = record.copy();
        copy.set("message", msg);
        copy.set("msg", msg);
        copy.set("args", null);
        copy.set("exc_info", null);
        copy.set("exc_text", null);
        copy.set("stack_info", null);
        return copy;
    }

    /**
     * Mirrors {@code QueueHandler.emit(record)}: {@link #enqueue} of {@link #prepare}; an error goes to
     * {@link #handleError}.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        try {
            enqueue(prepare(record));
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }
}
