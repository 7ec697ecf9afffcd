package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.LoggerFactory;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osprey.logging.LogCall;
import org.osprey.logging.Logger;
import org.osprey.logging.Logging;
import org.osprey.logging.bridge.JvmLogging;
import org.osprey.logging.bridge.OsgiLogHandler;

/**
 * In a framework with a Log Service (Felix: Apache Felix Log; Equinox: its own), Python's records reach it: logged
 * through Python's API, read back through a {@link LogListener} of the {@link LogReaderService}. The root logger holds
 * exactly one handler to it, whichever Log Service is the best and however they come and go.
 */
class LogServiceTest {
    private static final String NAME = "itest.osgi.logservice";

    @InjectBundleContext
    BundleContext ctx;

    private final BlockingQueue<LogEntry> entries = new LinkedBlockingQueue<>();
    private final LogListener listener = entry -> {
        if (NAME.equals(entry.getLoggerName())) {
            entries.add(entry);
        }
    };
    private ServiceReference<LogReaderService> readerRef;
    private LogReaderService reader;

    @BeforeEach
    void listen() {
        readerRef = ctx.getServiceReference(LogReaderService.class);
        assertNotNull(readerRef, "a LogReaderService");
        reader = ctx.getService(readerRef);
        reader.addLogListener(listener);
    }

    @AfterEach
    void stopListening() {
        reader.removeLogListener(listener);
        ctx.ungetService(readerRef);
    }

    private LogEntry next() throws InterruptedException {
        LogEntry entry = entries.poll(10, TimeUnit.SECONDS);
        assertNotNull(entry, "an entry of " + NAME + " within 10 s");
        return entry;
    }

    private static List<OsgiLogHandler> rootHandlers() {
        return Logging.getLogger().handlers().stream().filter(OsgiLogHandler.class::isInstance)
                .map(OsgiLogHandler.class::cast).toList();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, what);
            Thread.sleep(10);
        }
    }

    @Test
    void pythonsRecordsReachTheLogService() throws Exception {
        await(() -> rootHandlers().size() == 1, "the logging bundle's handler on the root logger");
        assertEquals(JvmLogging.Backend.OSGI_LOG_SERVICE, JvmLogging.backend());
        Logger log = Logging.getLogger(NAME);
        log.warning("copied %d files to %s", 3, "/tmp/x");
        IllegalStateException error = new IllegalStateException("boom");
        log.error(LogCall.excInfo(error), "failed {} %s", "here");
        LogEntry warning = next();
        assertEquals(LogLevel.WARN, warning.getLogLevel());
        assertEquals("copied 3 files to /tmp/x", warning.getMessage());
        assertEquals("org.osprey.logging", warning.getBundle().getSymbolicName());
        assertNull(warning.getException());
        LogEntry failure = next();
        assertEquals(LogLevel.ERROR, failure.getLogLevel());
        assertEquals("failed {} here", failure.getMessage());
        assertSame(error, failure.getException());
        assertNull(entries.poll(200, TimeUnit.MILLISECONDS), "each record once");
    }

    @Test
    void aBetterLogServiceTakesOverAndGivesBackWithOneHandlerAtATime() throws Exception {
        await(() -> rootHandlers().size() == 1, "the logging bundle's handler on the root logger");
        LoggerFactory first = rootHandlers().get(0).factory();
        Logger log = Logging.getLogger(NAME);
        // the framework's own LoggerFactory (as this test bundle gets it), registered again with a higher ranking:
        // a second Log Service, whose entries name this bundle
        ServiceReference<LoggerFactory> ref = ctx.getServiceReference(LoggerFactory.class);
        LoggerFactory mine = ctx.getService(ref);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 1000);
        ServiceRegistration<LoggerFactory> better = ctx.registerService(LoggerFactory.class, mine, props);
        try {
            await(() -> rootHandlers().size() == 1 && rootHandlers().get(0).factory() == mine,
                    "the greedy reference takes the better Log Service");
            log.warning("through the better one");
            LogEntry entry = next();
            assertEquals("through the better one", entry.getMessage());
            Bundle self = FrameworkUtil.getBundle(LogServiceTest.class);
            assertEquals(self, entry.getBundle());
        } finally {
            better.unregister();
            ctx.ungetService(ref);
        }
        await(() -> rootHandlers().size() == 1 && rootHandlers().get(0).factory() != mine,
                "back to the framework's Log Service");
        assertEquals(first.getClass(), rootHandlers().get(0).factory().getClass());
        log.warning("back");
        LogEntry entry = next();
        assertEquals("back", entry.getMessage());
        assertEquals("org.osprey.logging", entry.getBundle().getSymbolicName());
        assertNull(entries.poll(200, TimeUnit.MILLISECONDS), "each record once");
    }

    @Test
    void aLogServiceThatStopsTakesItsHandlerAlong() throws Exception {
        await(() -> rootHandlers().size() == 1, "the logging bundle's handler on the root logger");
        Bundle provider = ctx.getServiceReference(LoggerFactory.class).getBundle();
        if (provider.getBundleId() == 0) {
            // Equinox: the Log Service is the framework's own and cannot stop; the swap test covers going away
            return;
        }
        provider.stop();
        try {
            await(() -> rootHandlers().isEmpty(), "no handler while no Log Service runs");
            assertEquals(JvmLogging.Backend.JUL, JvmLogging.backend());
        } finally {
            provider.start();
        }
        await(() -> rootHandlers().size() == 1, "one handler again");
        // the listener was the stopped service's; a new reader hears the next entry
        stopListening();
        listen();
        Logging.getLogger(NAME).warning("after the restart");
        assertEquals("after the restart", next().getMessage());
        assertNull(entries.poll(200, TimeUnit.MILLISECONDS), "each record once");
    }
}
