package org.osprey.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The dotted hierarchy, placeholders, levels and propagation, as test_logging's. */
class HierarchyTest extends LoggingState {
    @Test
    void oneLoggerPerName() {
        assertSame(logger("a"), logger("a"));
        assertNotSame(logger("a"), logger("b"));
        assertEquals(prefix + ".a", logger("a").name());
    }

    @Test
    void theRootLogger() {
        Logger root = Logging.getLogger();
        assertSame(root, Logging.getLogger(""));
        assertSame(root, Logging.getLogger(null));
        assertSame(root, Logging.getLogger("root"));
        assertEquals("root", root.name());
        assertNull(root.parent());
        assertEquals("<RootLogger root (WARNING)>", root.toString());
    }

    @Test
    void aLoggerMadeBeforeItsParentIsReParentedWhenTheParentAppears() {
        Logger c = logger("a.b.c");
        Logger d = logger("a.b.d.e");
        assertSame(Logging.getLogger(), c.parent(), "a.b and a are placeholders so far");
        Logger ab = logger("a.b");
        assertSame(ab, c.parent());
        assertSame(ab, d.parent());
        assertSame(Logging.getLogger(), ab.parent());
        Logger a = logger("a");
        assertSame(a, ab.parent());
        assertSame(ab, c.parent(), "c keeps its nearer parent");
        Logger abd = logger("a.b.d");
        assertSame(abd, d.parent());
        assertSame(ab, abd.parent());
    }

    @Test
    void childrenAndGetChild() {
        Logger a = logger("a");
        assertSame(logger("a.b.c"), a.getChild("b.c"));
        Logger ab = logger("a.b");
        Logger ax = logger("a.x");
        assertEquals(Set.of(ab, ax), a.getChildren());
        assertEquals(Set.of(logger("a.b.c")), ab.getChildren());
        assertSame(a, Logging.getLogger().getChild(prefix + ".a"));
    }

    @Test
    void levelsAreInheritedAndCached() {
        Logger a = logger("a");
        Logger abc = logger("a.b.c");
        assertEquals(Logging.WARNING, abc.getEffectiveLevel());
        assertFalse(abc.isEnabledFor(Logging.INFO));
        a.setLevel(Logging.DEBUG);
        assertEquals(Logging.DEBUG, abc.getEffectiveLevel());
        assertTrue(abc.isEnabledFor(Logging.INFO), "setLevel clears every logger's cache");
        abc.setLevel("ERROR");
        assertEquals(Logging.ERROR, abc.level());
        assertFalse(abc.isEnabledFor(Logging.WARNING));
        assertEquals("<Logger " + prefix + ".a.b.c (ERROR)>", abc.toString());
    }

    @Test
    void anUnknownLevelNameIsAValueError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logger("a").setLevel("LOUD"));
        assertEquals("Unknown level: 'LOUD'", e.getMessage());
    }

    @Test
    void disableAndDisabled() {
        Logger a = logger("a");
        a.setLevel(Logging.DEBUG);
        Recording r = new Recording();
        a.addHandler(r);
        a.setPropagate(false);
        Logging.disable(Logging.INFO);
        a.info("dropped");
        a.warning("kept");
        assertFalse(a.isEnabledFor(Logging.INFO));
        Logging.disable();
        a.critical("dropped too");
        Logging.disable(Logging.NOTSET);
        a.setDisabled(true);
        a.critical("disabled");
        a.setDisabled(false);
        a.debug("back");
        assertEquals(List.of("kept", "back"), r.messages());
    }

    @Test
    void recordsPropagateToTheAncestorsHandlersUnlessPropagateIsFalse() {
        Logger a = logger("a");
        Logger ab = logger("a.b");
        Recording top = new Recording();
        Recording mid = new Recording(Logging.ERROR);
        a.addHandler(top);
        a.setPropagate(false);
        ab.addHandler(mid);
        ab.warning("w");
        ab.error("e");
        assertEquals(List.of("w", "e"), top.messages());
        assertEquals(List.of("e"), mid.messages(), "a handler's own level");
        ab.setPropagate(false);
        ab.error("only mid");
        assertEquals(List.of("w", "e"), top.messages());
        assertTrue(ab.hasHandlers());
        ab.removeHandler(mid);
        assertFalse(ab.hasHandlers(), "nothing here and propagate is off");
        ab.setPropagate(true);
        assertTrue(ab.hasHandlers());
    }

    @Test
    void aHandlerIsAddedOnce() {
        Logger a = logger("a");
        Recording r = new Recording();
        a.addHandler(r);
        a.addHandler(r);
        a.setPropagate(false);
        a.error("once");
        assertEquals(List.of("once"), r.messages());
        assertEquals(List.of(r), a.handlers());
    }
}
