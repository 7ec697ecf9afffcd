package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osprey.os.NoProviderException;
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
        try (ProviderRestart restart = ProviderRestart.tracking(ctx, Os.class)) {
            long pid = restart.before(Os.class).getpid();
            restart.stopProvider();
            assertNull(ctx.getServiceReference(OsProvider.class));
            NoProviderException none = assertThrows(NoProviderException.class, Os::get);
            assertTrue(none.getMessage().contains("No org.osprey.os.Os service"), none.getMessage());

            restart.startProvider();
            Os after = restart.after(Os.class);
            assertNotSame(restart.before(Os.class), after, "a new Os bound to the restarted provider");
            assertEquals(pid, after.getpid());
            assertTrue(after.path().isdir(after.getcwd()));
        }
    }
}
