package org.osprey.logging.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osprey.logging.Formatter;
import org.osprey.logging.LogCall;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;

/** Records through SLF4J to a real Logback, read back from Logback appenders. */
class Slf4jHandlerTest {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private String name;
    private Logger log;
    private Slf4jHandler handler;
    private ch.qos.logback.classic.Logger backend;
    private ListAppender<ILoggingEvent> events;

    @BeforeEach
    void wire() {
        name = "slf4j" + NEXT.incrementAndGet() + ".app";
        log = Logging.getLogger(name);
        log.setLevel(Logging.NOTSET);
        log.setPropagate(false);
        handler = new Slf4jHandler();
        log.addHandler(handler);
        backend = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name);
        backend.setAdditive(false);
        backend.setLevel(Level.ALL);
        // as an asynchronous appender does: the event takes the thread's MDC while the call runs
        events = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing();
                super.append(event);
            }
        };
        events.setContext(backend.getLoggerContext());
        events.start();
        backend.addAppender(events);
        log.setLevel(1);
    }

    @AfterEach
    void unwire() {
        log.removeHandler(handler);
        handler.close();
        backend.detachAndStopAllAppenders();
    }

    @Test
    void theLoggerNameTheLevelAndTheFormattedMessage() {
        log.info("copied %s to %s", "a", "b");
        log.warning("%d%% done", 50);
        log.error("{} stays as it is, \\ too");
        ILoggingEvent info = events.list.get(0);
        assertEquals(name, info.getLoggerName());
        assertEquals(Level.INFO, info.getLevel());
        assertEquals("copied a to b", info.getFormattedMessage());
        assertEquals("50% done", events.list.get(1).getFormattedMessage());
        assertEquals(Level.WARN, events.list.get(1).getLevel());
        assertEquals("{} stays as it is, \\ too", events.list.get(2).getFormattedMessage());
    }

    @Test
    void pythonLevelsAndCustomOnesByBand() {
        int[] levels = {5, Logging.DEBUG, 15, Logging.INFO, 25, Logging.WARNING, Logging.ERROR, Logging.CRITICAL, 60};
        for (int level : levels) {
            log.log(level, "at %d", level);
        }
        assertEquals(List.of(Level.TRACE, Level.DEBUG, Level.DEBUG, Level.INFO, Level.INFO, Level.WARN, Level.ERROR,
                Level.ERROR, Level.ERROR), events.list.stream().map(ILoggingEvent::getLevel).toList());
        assertEquals("at 25", events.list.get(4).getFormattedMessage());
    }

    @Test
    void logbacksLevelFilters() {
        backend.setLevel(Level.WARN);
        log.info("dropped by Logback");
        log.warning("kept");
        assertEquals(List.of("kept"), events.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    void theExceptionIsTheEventsCauseNotPartOfTheMessage() {
        IllegalStateException error = new IllegalStateException("boom");
        log.exception(error, "failed %s", "x");
        ILoggingEvent event = events.list.get(0);
        assertEquals(Level.ERROR, event.getLevel());
        assertEquals("failed x", event.getFormattedMessage());
        assertSame(error, ((ThrowableProxy) event.getThrowableProxy()).getThrowable());
    }

    @Test
    void theHandlersFormatterWritesTheMessage() {
        handler.setFormatter(new Formatter("[%(levelname)s] %(funcName)s: %(message)s"));
        log.error(LogCall.excInfo(new RuntimeException("x")), "with %s", "formatter");
        ILoggingEvent event = events.list.get(0);
        assertEquals("[ERROR] theHandlersFormatterWritesTheMessage: with formatter", event.getFormattedMessage());
        assertEquals("x", event.getThrowableProxy().getMessage());
    }

    @Test
    void extraBecomesKeyValuePairsAndMdcWhileLogging() {
        MDC.put("user", "outer");
        try {
            log.info(LogCall.extra(Map.of("user", "alice")), "hello");
            ILoggingEvent event = events.list.get(0);
            assertEquals("alice", event.getMDCPropertyMap().get("user"));
            assertEquals(Map.of("user", "alice"), event.getKeyValuePairs().stream()
                    .collect(Collectors.toMap(kv -> kv.key, kv -> kv.value)));
            assertEquals("outer", MDC.get("user"), "the thread's MDC comes back");
        } finally {
            MDC.remove("user");
        }
        log.info(LogCall.extra(Map.of("user", "bob", "n", 3)), "again");
        assertNull(MDC.get("user"));
        assertNull(MDC.get("n"));
        assertEquals("3", events.list.get(1).getMDCPropertyMap().get("n"));
    }

    @Test
    void theOutputOfALogbackPattern() {
        LoggerContext context = backend.getLoggerContext();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger %X{user} %msg%n");
        encoder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        backend.addAppender(appender);
        log.warning(LogCall.extra(Map.of("user", "carol")), "disk %d%% full", 91);
        appender.stop();
        assertEquals("WARN " + name + " carol disk 91% full\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pythonsRootIsSlf4jsRoot() {
        ch.qos.logback.classic.Logger root =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> rootEvents = new ListAppender<>();
        rootEvents.start();
        root.addAppender(rootEvents);
        Logger python = Logging.getLogger();
        int level = python.level();
        python.addHandler(handler);
        try {
            Logging.warning("at the root");
        } finally {
            python.removeHandler(handler);
            python.setLevel(level);
            root.detachAppender(rootEvents);
        }
        assertEquals(org.slf4j.Logger.ROOT_LOGGER_NAME, rootEvents.list.get(0).getLoggerName());
        assertEquals("at the root", rootEvents.list.get(0).getFormattedMessage());
    }

    @Test
    void aProviderIsPresentSoSlf4jIsChosen() {
        assertTrue(Slf4jHandler.hasProvider());
        assertEquals(JvmLogging.Backend.SLF4J, JvmLogging.backend());
        try (var chosen = JvmLogging.handler()) {
            assertEquals(Slf4jHandler.class, chosen.getClass());
        }
    }
}
