package org.osprey.logging.bridge;

import org.osgi.service.log.LoggerFactory;
import org.osprey.logging.Handler;
import org.osprey.logging.internal.osgi.LogServices;

/**
 * The JVM's logging that Python's records should go to, chosen by what is present, in this order:
 * <ol>
 * <li>the OSGi Log Service, when this module runs as a bundle and a Log Service runs: in a framework, that is where
 * the framework's and every bundle's logs are gathered (and a Log Service may itself feed SLF4J, as Pax Logging
 * does);</li>
 * <li>SLF4J, when {@code slf4j-api} is there with a real provider (Logback, Log4j, {@code slf4j-simple}...), not
 * its no-operation fallback: an application that ships a provider has chosen where its logs go;</li>
 * <li>{@code java.util.logging}, which every JDK has, configured or not (by default, {@code INFO} and above to
 * {@code System.err}).</li>
 * </ol>
 * In a framework, this bundle's component already routes the root logger to the Log Service while one runs; there,
 * {@link #handler()} is for a logger that does not propagate to the root.
 */
public final class JvmLogging {
    /** Where records go. */
    public enum Backend {
        /** The OSGi Log Service: {@link OsgiLogHandler}. */
        OSGI_LOG_SERVICE,
        /** SLF4J with a real provider: {@link Slf4jHandler}. */
        SLF4J,
        /** {@code java.util.logging}: {@link JulHandler}. */
        JUL
    }

    private JvmLogging() {
    }

    /**
     * The backend records go to, by the order above; looks again at each call (a Log Service comes and goes).
     *
     * @return the backend
     */
    public static Backend backend() {
        if (LogServices.factory() != null) {
            return Backend.OSGI_LOG_SERVICE;
        }
        return slf4jPresent() && Slf4jHandler.hasProvider() ? Backend.SLF4J : Backend.JUL;
    }

    /**
     * A new handler to the backend chosen by {@link #backend()}:
     * {@code Logging.getLogger().addHandler(JvmLogging.handler())}.
     *
     * @return the handler
     */
    public static Handler handler() {
        Object factory = LogServices.factory();
        if (factory != null) {
            return new OsgiLogHandler((LoggerFactory) factory);
        }
        return slf4jPresent() && Slf4jHandler.hasProvider() ? new Slf4jHandler() : new JulHandler();
    }

    /** Whether {@code slf4j-api} can be loaded from here, without loading it. */
    private static boolean slf4jPresent() {
        try {
            Class.forName("org.slf4j.LoggerFactory", false, JvmLogging.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
