package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** LoggerAdapter: extra, merge_extra (3.13), process. */
class LoggerAdapterTest extends LoggingState {
    @Test
    void extraReplacesTheCallsUnlessMerged() {
        Logger a = logger("a");
        a.setPropagate(false);
        Recording r = new Recording();
        a.addHandler(r);
        LoggerAdapter plain = new LoggerAdapter(a, Map.of("conn", "c1"));
        plain.warning(LogCall.extra(Map.of("user", "ann")), "x");
        assertEquals("c1", r.records.get(0).get("conn"));
        assertNull(r.records.get(0).get("user"), "Python replaces the call's extra without merge_extra");
        LoggerAdapter merged = new LoggerAdapter(a, Map.of("conn", "c1"), true);
        merged.warning(LogCall.extra(Map.of("user", "ann", "conn", "c2")), "y");
        assertEquals("c2", r.records.get(1).get("conn"), "the call's value wins");
        assertEquals("ann", r.records.get(1).get("user"));
        assertEquals("<LoggerAdapter " + a.name() + " (WARNING)>", plain.toString());
    }

    @Test
    void processCanRewriteTheMessage() {
        Logger a = logger("a");
        a.setPropagate(false);
        Recording r = new Recording();
        a.addHandler(r);
        LoggerAdapter tagged = new LoggerAdapter(a, Map.of("id", 7)) {
            @Override
            public Processed process(String msg, LogCall call) {
                return new Processed("[" + extra().get("id") + "] " + msg, call);
            }
        };
        tagged.error("%s failed", "job");
        tagged.info("below the level");
        assertFalse(tagged.isEnabledFor(Logging.INFO));
        tagged.setLevel(Logging.INFO);
        assertEquals(Logging.INFO, tagged.getEffectiveLevel());
        tagged.info("now");
        tagged.log(Logging.ERROR, "logged %d", 3);
        assertEquals(List.of("[7] job failed", "[7] now", "[7] logged 3"), r.messages());
        assertTrue(tagged.hasHandlers());
        assertEquals(a.name(), tagged.name());
    }
}
