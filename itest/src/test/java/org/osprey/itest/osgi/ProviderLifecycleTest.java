package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osprey.os.NoProviderException;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;

/**
 * The provider is a DS service; stopping and restarting its bundle rebinds everything that consumes it: to the
 * pure-Java fallback while it is stopped, back to it when it returns. With no provider at all the Os service goes.
 */
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
    void stoppingTheProviderRebindsConsumersToTheFallbackAndRestartingRebindsThemBack() throws Exception {
        try (ProviderRestart restart = ProviderRestart.tracking(ctx, Os.class)) {
            String posix = restart.before(Os.class).providerId();
            restart.stopProvider();
            ServiceReference<OsProvider> fallback = ctx.getServiceReference(OsProvider.class);
            assertNotNull(fallback, "the pure-Java provider is left");
            assertEquals(ProviderRestart.NIO, fallback.getBundle().getSymbolicName());
            assertEquals(OsProvider.RANK_FALLBACK, fallback.getProperty("service.ranking"));
            Os during = restart.after(Os.class);
            assertEquals(ProviderRestart.providerId(ctx, ProviderRestart.NIO), during.providerId());
            assertEquals(during.providerId(), Os.get().providerId());
            assertTrue(during.path().isdir(during.getcwd()));

            restart.startProvider();
            Os after = restart.after(Os.class);
            assertNotSame(restart.before(Os.class), after, "a new Os bound to the restarted provider");
            assertEquals(posix, after.providerId());
            assertEquals(posix, Os.get().providerId());
            assertTrue(after.path().isdir(after.getcwd()));
        }
    }

    @Test
    void withNoProviderLeftTheOsServiceIsGoneAndGetSaysWhy() throws Exception {
        Bundle posix = ProviderRestart.bundle(ctx, ProviderRestart.POSIX);
        Bundle nio = ProviderRestart.bundle(ctx, ProviderRestart.NIO);
        try {
            posix.stop();
            nio.stop();
            assertNull(ctx.getServiceReference(OsProvider.class));
            assertNull(ctx.getServiceReference(Os.class));
            NoProviderException none = assertThrows(NoProviderException.class, Os::get);
            assertTrue(none.getMessage().contains("No org.osprey.os.Os service"), none.getMessage());
        } finally {
            nio.start();
            posix.start();
        }
        try (ProviderRestart back = ProviderRestart.tracking(ctx, Os.class)) {
            assertEquals(ProviderRestart.POSIX, ctx.getServiceReference(OsProvider.class).getBundle().getSymbolicName());
        }
    }
}
