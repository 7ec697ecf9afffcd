package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;

/** The provider is a DS service; stopping and restarting its bundle rebinds everything that consumes it. */
class ProviderLifecycleTest {
    @InjectBundleContext
    BundleContext ctx;

    @Test
    void theProviderIsARankedServiceAndTheOsServiceIsBoundToIt() throws Exception {
        ServiceReference<OsProvider> ref = ctx.getServiceReference(OsProvider.class);
        assertNotNull(ref, "an OsProvider service is registered");
        assertEquals(OsProvider.RANK_NATIVE, ref.getProperty("service.ranking"));
        assertEquals("org.osprey.posix", ref.getBundle().getSymbolicName());
        OsProvider provider = ctx.getService(ref);
        try {
            assertTrue(provider.isUsable());
            assertEquals(provider.id(), Os.get().providerId());
        } finally {
            ctx.ungetService(ref);
        }
    }

    @Test
    void stoppingTheProviderUnbindsConsumersAndRestartingRebindsThem() throws Exception {
        Bundle posix = Arrays.stream(ctx.getBundles())
                .filter(b -> "org.osprey.posix".equals(b.getSymbolicName())).findFirst().orElseThrow();
        ServiceTracker<Os, Os> consumers = new ServiceTracker<>(ctx, Os.class, null);
        consumers.open();
        try {
            Os before = consumers.waitForService(10_000);
            assertNotNull(before, "Os service before the stop");
            long pid = before.getpid();

            posix.stop();
            assertTrue(waitUntil(() -> consumers.getService() == null), "the Os service goes with its provider");
            assertNull(ctx.getServiceReference(OsProvider.class));
            IllegalStateException none = assertThrows(IllegalStateException.class, Os::get);
            assertTrue(none.getMessage().contains("No org.osprey.os.Os service"), none.getMessage());

            posix.start();
            Os after = consumers.waitForService(10_000);
            assertNotNull(after, "Os service after the restart");
            assertNotSame(before, after, "a new Os bound to the restarted provider");
            assertEquals(pid, after.getpid());
            assertTrue(after.path().isdir(after.getcwd()));
        } finally {
            consumers.close();
            if (posix.getState() != Bundle.ACTIVE) {
                posix.start();
            }
        }
    }

    private static boolean waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
