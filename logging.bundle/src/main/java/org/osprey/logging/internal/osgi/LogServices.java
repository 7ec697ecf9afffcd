package org.osprey.logging.internal.osgi;

/**
 * The Log Service's {@code LoggerFactory} that {@link LogServiceRouting} routes to, for
 * {@link org.osprey.logging.bridge.JvmLogging}; kept as an {@link Object} so that asking needs no
 * {@code org.osgi.service.log}.
 */
public final class LogServices {
    private static volatile Object factory;

    private LogServices() {
    }

    /** @return the current {@code LoggerFactory}, or null when no Log Service runs (or no framework) */
    public static Object factory() {
        return factory;
    }

    static void set(Object current) {
        factory = current;
    }
}
