package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Stops and restarts the POSIX provider bundle while tracking services that depend on it: each must go while the
 * provider is stopped and come back after. Closing it leaves the provider started whatever happened.
 */
final class ProviderRestart implements AutoCloseable {
    private static final long TIMEOUT_MS = 10_000;

    private final Bundle provider;
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new LinkedHashMap<>();
    private final Map<Class<?>, Object> before = new LinkedHashMap<>();

    private ProviderRestart(BundleContext ctx, Class<?>... types) throws InterruptedException {
        provider = bundle(ctx, "org.osprey.posix");
        for (Class<?> type : types) {
            ServiceTracker<?, ?> tracker = new ServiceTracker<>(ctx, type.getName(), null);
            tracker.open();
            trackers.put(type, tracker);
            Object service = tracker.waitForService(TIMEOUT_MS);
            assertNotNull(service, type.getSimpleName() + " service before the provider stops");
            before.put(type, service);
        }
    }

    /** Tracks the services of these types, each of which must be there now. */
    static ProviderRestart tracking(BundleContext ctx, Class<?>... types) throws InterruptedException {
        return new ProviderRestart(ctx, types);
    }

    static Bundle bundle(BundleContext ctx, String symbolicName) {
        return Arrays.stream(ctx.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** The service of {@code type} before the restart. */
    <T> T before(Class<T> type) {
        return type.cast(before.get(type));
    }

    /** Stops the provider, then starts it again. */
    void restart() throws BundleException, InterruptedException {
        stopProvider();
        startProvider();
    }

    /** Stops the provider: every tracked service must go. */
    void stopProvider() throws BundleException, InterruptedException {
        provider.stop();
        for (Map.Entry<Class<?>, ServiceTracker<?, ?>> e : trackers.entrySet()) {
            assertTrue(gone(e.getValue()), "the " + e.getKey().getSimpleName() + " service goes with the provider");
        }
    }

    void startProvider() throws BundleException {
        provider.start();
    }

    /** The service of {@code type} after the restart: it must come back. */
    <T> T after(Class<T> type) throws InterruptedException {
        Object service = trackers.get(type).waitForService(TIMEOUT_MS);
        assertNotNull(service, type.getSimpleName() + " service after the provider restarts");
        return type.cast(service);
    }

    private static boolean gone(ServiceTracker<?, ?> tracker) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (System.nanoTime() < end) {
            if (tracker.getService() == null) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Override
    public void close() throws BundleException {
        trackers.values().forEach(ServiceTracker::close);
        if (provider.getState() != Bundle.ACTIVE) {
            provider.start();
        }
    }
}
