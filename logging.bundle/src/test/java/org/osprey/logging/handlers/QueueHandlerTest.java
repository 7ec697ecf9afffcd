package org.osprey.logging.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.junit.jupiter.api.Test;
import org.osprey.logging.Formatter;
import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;
import org.osprey.logging.Logging;

/** QueueHandler's prepare (3.13) and QueueListener: order, levels, stop, no thread left. */
class QueueHandlerTest {
    /** A handler keeping the records it gets and the threads it got them on. */
    static final class Keeping extends Handler {
        final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        final Set<Thread> threads = Collections.synchronizedSet(new java.util.HashSet<>());

        Keeping(int level) {
            super(level);
        }

        @Override
        public void emit(LogRecord record) {
            records.add(record);
            threads.add(Thread.currentThread());
        }

        List<String> messages() {
            synchronized (records) {
                return records.stream().map(LogRecord::getMessage).toList();
            }
        }
    }

    @Test
    void prepareFormatsACopyAndClearsWhatCannotTravel() {
        BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
        QueueHandler h = new QueueHandler(queue);
        h.setFormatter(new Formatter("%(levelname)s:%(message)s"));
        IllegalStateException error = new IllegalStateException("boom");
        LogRecord original = new LogRecord("q", Logging.ERROR, "x/Y.java", 3, "failed %s", new Object[] {"here"},
                error, "run", "Stack (most recent call last):\n  here");
        h.handle(original);
        LogRecord sent = queue.poll();
        assertTrue(sent != original);
        String text = sent.msg().toString();
        assertTrue(text.startsWith("ERROR:failed here\n") && text.contains("IllegalStateException: boom")
                && text.endsWith("Stack (most recent call last):\n  here"), text);
        assertEquals(sent.msg(), sent.message());
        assertEquals(sent.msg(), sent.getMessage(), "no args: the message as it is");
        assertNull(sent.args());
        assertNull(sent.excInfo());
        assertNull(sent.excText());
        assertNull(sent.stackInfo());
        assertEquals("failed %s", original.msg(), "the record itself is not changed");
        assertEquals(error, original.excInfo());
    }

    @Test
    void aFullQueueGoesToHandleError() {
        QueueHandler h = new QueueHandler(new ArrayBlockingQueue<>(1));
        List<Throwable> errors = new ArrayList<>();
        QueueHandler failing = new QueueHandler(new ArrayBlockingQueue<>(1)) {
            @Override
            public void handleError(LogRecord record, Throwable error) {
                errors.add(error);
            }
        };
        failing.handle(Records.record(Logging.INFO, "fits"));
        failing.handle(Records.record(Logging.INFO, "does not"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0) instanceof IllegalStateException, errors.toString());
        h.close();
    }

    @Test
    void listenerHandsRecordsInOrderOnItsThreadAndStopJoinsIt() throws Exception {
        BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
        Keeping all = new Keeping(Logging.NOTSET);
        Keeping warnings = new Keeping(Logging.WARNING);
        QueueListener listener = new QueueListener(queue, all, warnings);
        QueueHandler h = new QueueHandler(queue);
        listener.start();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int level = i % 3 == 0 ? Logging.WARNING : Logging.INFO;
            h.handle(Records.record(level, "record %d", i));
            expected.add("record " + i);
        }
        listener.stop();
        assertEquals(expected, all.messages(), "every record queued before stop, in order");
        assertEquals(expected, warnings.messages(), "without respect_handler_level, handlers get them all");
        Thread worker = all.threads.iterator().next();
        assertEquals(1, all.threads.size());
        assertTrue(worker != Thread.currentThread());
        assertFalse(worker.isAlive(), "stop joined the listener's thread");
        assertTrue(worker.isDaemon());
        listener.stop();
        assertTrue(queue.isEmpty(), "a second stop does nothing");
    }

    @Test
    void respectHandlerLevel() throws Exception {
        BlockingQueue<LogRecord> queue = new LinkedBlockingQueue<>();
        Keeping all = new Keeping(Logging.NOTSET);
        Keeping warnings = new Keeping(Logging.WARNING);
        QueueListener listener = new QueueListener(queue, true, all, warnings);
        listener.start();
        QueueHandler h = new QueueHandler(queue);
        h.handle(Records.record(Logging.INFO, "info"));
        h.handle(Records.record(Logging.ERROR, "error"));
        listener.stop();
        assertEquals(List.of("info", "error"), all.messages());
        assertEquals(List.of("error"), warnings.messages());
        listener.stop();
    }

    @Test
    void stopBeforeStartDoesNothing() throws Exception {
        QueueListener listener = new QueueListener(new LinkedBlockingQueue<>());
        listener.stop();
        assertTrue(listener.queue().isEmpty());
    }
}
