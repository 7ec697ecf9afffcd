package org.osprey.logging.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osprey.logging.Handler;
import org.osprey.logging.LogRecord;
import org.osprey.logging.Logging;

/** MemoryHandler's flush conditions (as test_logging's MemoryHandlerTest) and BufferingHandler's. */
class MemoryHandlerTest {
    /** A target keeping the messages it is given. */
    static final class Keeping extends Handler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void emit(LogRecord record) {
            messages.add(record.getMessage());
        }
    }

    private static void log(Handler h, int level, String msg) {
        h.handle(Records.record(level, msg));
    }

    @Test
    void flushesWhenFullAndAtFlushLevel() {
        Keeping target = new Keeping();
        MemoryHandler h = new MemoryHandler(10, Logging.WARNING, target, true);
        for (int i = 0; i < 9; i++) {
            log(h, Logging.DEBUG, "d" + i);
        }
        assertEquals(List.of(), target.messages, "nine of ten: kept");
        assertEquals(9, h.buffer().size());
        log(h, Logging.INFO, "tenth");
        assertEquals(10, target.messages.size(), "the tenth fills it");
        assertEquals("tenth", target.messages.get(9));
        assertEquals(0, h.buffer().size());
        log(h, Logging.INFO, "i");
        log(h, Logging.WARNING, "w");
        assertEquals(List.of("i", "w"), target.messages.subList(10, 12), "a WARNING flushes at once, in order");
        log(h, Logging.DEBUG, "kept for close");
        h.close();
        assertEquals("kept for close", target.messages.get(12), "flushOnClose");
        assertNull(h.target());
    }

    @Test
    void withoutFlushOnCloseTheBufferStays() {
        Keeping target = new Keeping();
        MemoryHandler h = new MemoryHandler(10, Logging.ERROR, target, false);
        log(h, Logging.INFO, "never sent");
        h.close();
        assertEquals(List.of(), target.messages);
    }

    @Test
    void withoutATargetNothingIsLostUntilOneIsSet() {
        MemoryHandler h = new MemoryHandler(2);
        log(h, Logging.INFO, "a");
        log(h, Logging.INFO, "b");
        log(h, Logging.ERROR, "c");
        assertEquals(3, h.buffer().size(), "full and at ERROR, but no target: the buffer is kept");
        Keeping target = new Keeping();
        h.setTarget(target);
        h.flush();
        assertEquals(List.of("a", "b", "c"), target.messages);
        h.close();
    }

    @Test
    void bufferingHandlerFlushDropsTheBuffer() {
        BufferingHandler h = new BufferingHandler(3);
        log(h, Logging.INFO, "a");
        log(h, Logging.INFO, "b");
        assertEquals(2, h.buffer().size());
        log(h, Logging.INFO, "c");
        assertEquals(0, h.buffer().size());
        log(h, Logging.INFO, "d");
        h.close();
        assertEquals(0, h.buffer().size());
    }
}
