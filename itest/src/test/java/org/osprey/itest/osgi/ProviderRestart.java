package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osprey.os.spi.OsProvider;

/**
 * Stops and restarts the POSIX provider bundle while tracking services that depend on it. The pure-Java provider
 * (org.osprey.nio) is in the framework too, ranked below: while POSIX is stopped each tracked service must be
 * replaced by one bound to the fallback, and after the restart replaced again, bound to POSIX. Closing it leaves
 * the provider started whatever happened.
 */
final class ProviderRestart implements AutoCloseable {
    static final String POSIX = "org.osprey.posix";
    static final String NIO = "org.osprey.nio";
    private static final long TIMEOUT_MS = 10_000;

    private final BundleContext ctx;
    private final Bundle provider;
    /** Services got directly (see {@link #replacement}), released on close. */
    private final List<ServiceReference<?>> got = new ArrayList<>();
    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new LinkedHashMap<>();
    private final Map<Class<?>, Object> before = new LinkedHashMap<>();
    private final Map<Class<?>, Object> current = new LinkedHashMap<>();

    private ProviderRestart(BundleContext ctx, Class<?>... types) throws InterruptedException {
        this.ctx = ctx;
        provider = bundle(ctx, POSIX);
        for (Class<?> type : types) {
            ServiceTracker<?, ?> tracker = new ServiceTracker<>(ctx, type.getName(), null);
            tracker.open();
            trackers.put(type, tracker);
            Object service = tracker.waitForService(TIMEOUT_MS);
            assertNotNull(service, type.getSimpleName() + " service before the provider stops");
            before.put(type, service);
            current.put(type, service);
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

    /** The id of the provider that bundle registers as a service. */
    static String providerId(BundleContext ctx, String bundle) throws InvalidSyntaxException {
        ServiceReference<OsProvider> ref = ctx.getServiceReferences(OsProvider.class, null).stream()
                .filter(r -> bundle.equals(r.getBundle().getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no provider service from " + bundle));
        try {
            return ctx.getService(ref).id();
        } finally {
            ctx.ungetService(ref);
        }
    }

    /** The service of {@code type} before the first stop. */
    <T> T before(Class<T> type) {
        return type.cast(before.get(type));
    }

    /** Stops the provider, then starts it again. */
    void restart() throws BundleException, InterruptedException {
        stopProvider();
        startProvider();
    }

    /** Stops the provider: every tracked service must be replaced by one bound to the fallback provider. */
    void stopProvider() throws BundleException, InterruptedException {
        provider.stop();
        awaitReplacements("while the provider is stopped (bound to the fallback)");
    }

    /** Starts the provider: every tracked service must be replaced by one bound to it again. */
    void startProvider() throws BundleException, InterruptedException {
        provider.start();
        awaitReplacements("after the provider restarts");
    }

    /** The service of {@code type} now: after a stop the fallback's, after a start the provider's. */
    <T> T after(Class<T> type) {
        return type.cast(current.get(type));
    }

    private void awaitReplacements(String when) throws InterruptedException {
        for (Map.Entry<Class<?>, ServiceTracker<?, ?>> e : trackers.entrySet()) {
            Object replacement = replacement(e.getKey(), e.getValue(), current.get(e.getKey()));
            assertNotNull(replacement, "a new " + e.getKey().getSimpleName() + " service " + when);
            current.put(e.getKey(), replacement);
        }
    }

    /**
     * The service of {@code type} once it is another than {@code old}, or null if none comes in time. A tracker
     * never tracks a registration whose first {@code getService} failed (DS cannot activate a component in the
     * instant its own reference is being replaced), so the registry is asked directly too, every time.
     */
    private Object replacement(Class<?> type, ServiceTracker<?, ?> tracker, Object old) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        while (System.nanoTime() < end) {
            Object now = tracker.getService();
            if (now != null && now != old) {
                return now;
            }
            ServiceReference<?> ref = ctx.getServiceReference(type.getName());
            Object direct = ref == null ? null : ctx.getService(ref);
            if (direct != null) {
                got.add(ref);
                if (direct != old) {
                    return direct;
                }
            }
            Thread.sleep(1);
        }
        return null;
    }

    @Override
    public void close() throws BundleException {
        trackers.values().forEach(ServiceTracker::close);
        for (ServiceReference<?> ref : got) {
            try {
                ctx.ungetService(ref);
            } catch (IllegalStateException e) {
                // the service is gone already
            }
        }
        if (provider.getState() != Bundle.ACTIVE) {
            provider.start();
        }
    }
}
