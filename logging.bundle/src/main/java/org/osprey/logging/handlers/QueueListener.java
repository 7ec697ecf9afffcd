package org.osprey.logging.handlers;

import java.util.List;
import java.util.concurrent.BlockingQueue;

import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;

/**
 * Python's {@code logging.handlers.QueueListener}: a thread of its own takes records off a queue, in order, and
 * hands each to the handlers. {@link #stop} puts a sentinel after the records already queued and joins the
 * thread, so every record queued before {@code stop} is handled and no thread is left behind. The thread is a
 * daemon, as Python's: records still queued when the JVM ends without {@code stop} are lost.
 */
public class QueueListener {
    /** Python's {@code _sentinel} (None), which a {@link BlockingQueue} cannot hold. */
    private static final LogRecord SENTINEL = new LogRecord("", 0, null, 0, null, null, null, null, null);

    private final BlockingQueue<LogRecord> queue;
    private final List<Handler> handlers;
    private final boolean respectHandlerLevel;
    private Thread thread;

    /**
     * Mirrors {@code QueueListener(queue, *handlers)}.
     *
     * @param queue where records come from
     * @param handlers where they go
     */
    public QueueListener(BlockingQueue<LogRecord> queue, Handler... handlers) {
        this(queue, false, handlers);
    }

    /**
     * Mirrors {@code QueueListener(queue, *handlers, respect_handler_level=...)}.
     *
     * @param queue where records come from
     * @param respectHandlerLevel whether a handler gets only records at its level or above (else all)
     * @param handlers where they go
     */
    public QueueListener(BlockingQueue<LogRecord> queue, boolean respectHandlerLevel, Handler... handlers) {
        this.queue = queue;
        this.respectHandlerLevel = respectHandlerLevel;
        this.handlers = List.of(handlers);
    }

    /** @return Python's {@code queue} */
    public BlockingQueue<LogRecord> queue() {
        return queue;
    }

    /** @return Python's {@code handlers} */
    public List<Handler> handlers() {
        return handlers;
    }

    /** @return Python's {@code respect_handler_level} */
    public boolean respectHandlerLevel() {
        return respectHandlerLevel;
    }

    /**
     * Mirrors {@code dequeue(block)}.
     *
     * @param block whether to wait for a record
     * @return the next record, or null when not blocking and there is none (Python's {@code queue.Empty})
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    public LogRecord dequeue(boolean block) throws InterruptedException {
        return block ? queue.take() : queue.poll();
    }

    /** Mirrors {@code start()}: starts the listener's thread. */
    public synchronized void start() {
        Thread t = new Thread(this::monitor, "QueueListener");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /**
     * Mirrors {@code QueueListener.prepare(record)}: the record as it is; override to change it first.
     *
     * @param record the record
     * @return what the handlers get
     */
    public LogRecord prepare(LogRecord record) {
        return record;
    }

    /**
     * Mirrors {@code QueueListener.handle(record)}: {@link #prepare}, then each handler's {@code handle} (only
     * those whose level the record reaches, with {@code respectHandlerLevel}).
     *
     * @param record the record
     */
    public void handle(LogRecord record) {
        LogRecord prepared = prepare(record);
        for (Handler handler : handlers) {
            if (!respectHandlerLevel || prepared.levelno() >= handler.level()) {
                handler.handle(prepared);
            }
        }
    }

    /** Python's {@code _monitor()}: until the sentinel (or an interrupt, Python's {@code queue.Empty}). */
    private void monitor() {
        try {
            for (LogRecord record = dequeue(true); record != SENTINEL; record = dequeue(true)) {
                handle(record);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Mirrors {@code enqueue_sentinel()}: puts the sentinel, without blocking. */
    public void enqueueSentinel() {
        queue.add(SENTINEL);
    }

    /**
     * Mirrors {@code stop()}: the sentinel after the queued records, then waits for the thread to handle them and
     * end; again, or before {@link #start}, it does nothing.
     *
     * @throws InterruptedException when interrupted while waiting (the thread still stops after the records)
     */
    public synchronized void stop() throws InterruptedException {
        if (thread != null) {
            enqueueSentinel();
            thread.join();
            thread = null;
        }
    }
}
