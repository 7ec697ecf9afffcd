package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osprey.mmap.MemoryMap;
import org.osprey.mmap.Mmap;

/** {@code mmap} is a DS service of its bundle that follows the {@code os} provider. */
class MmapServiceTest {
    @InjectBundleContext
    BundleContext ctx;

    private static void works(Mmap mmap) throws Exception {
        try (MemoryMap m = mmap.mmap(-1, mmap.PAGESIZE())) {
            m.write("osgi".getBytes(StandardCharsets.US_ASCII));
            assertEquals(2, m.find("gi".getBytes(StandardCharsets.US_ASCII), 0));
            assertArrayEquals("os".getBytes(StandardCharsets.US_ASCII), m.get(0, 2));
        }
    }

    @Test
    void theServiceIsRegisteredByItsBundleAndWorks() throws Exception {
        ServiceReference<Mmap> ref = ctx.getServiceReference(Mmap.class);
        assertNotNull(ref, "an Mmap service");
        assertEquals("org.osprey.mmap", ref.getBundle().getSymbolicName());
        try {
            works(ctx.getService(ref));
        } finally {
            ctx.ungetService(ref);
        }
    }

    @Test
    void theServiceGoesWithTheProviderAndComesBackWithIt() throws Exception {
        try (ProviderRestart restart = ProviderRestart.tracking(ctx, Mmap.class)) {
            restart.restart();
            Mmap mmap = restart.after(Mmap.class);
            assertNotSame(restart.before(Mmap.class), mmap, "a new component over the new Os");
            works(mmap);
        }
    }
}
