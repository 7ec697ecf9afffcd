package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.osprey.filecmp.Filecmp;
import org.osprey.linecache.Linecache;

/** {@code filecmp} and {@code linecache} are DS services of their bundles that follow the {@code os} provider. */
class FilecmpServiceTest {
    @InjectBundleContext
    BundleContext ctx;

    @TempDir
    Path tmp;

    @Test
    void bothServicesAreRegisteredByTheirBundlesAndWork() throws Exception {
        ServiceReference<Filecmp> fref = ctx.getServiceReference(Filecmp.class);
        ServiceReference<Linecache> lref = ctx.getServiceReference(Linecache.class);
        assertNotNull(fref, "a Filecmp service");
        assertNotNull(lref, "a Linecache service");
        assertEquals("org.osprey.filecmp", fref.getBundle().getSymbolicName());
        assertEquals("org.osprey.linecache", lref.getBundle().getSymbolicName());
        Filecmp filecmp = ctx.getService(fref);
        Linecache linecache = ctx.getService(lref);
        try {
            works(filecmp, linecache);
        } finally {
            ctx.ungetService(fref);
            ctx.ungetService(lref);
        }
    }

    private void works(Filecmp filecmp, Linecache linecache) throws Exception {
        Path a = Files.writeString(tmp.resolve("a.py"), "x = 1\n");
        Path b = Files.writeString(tmp.resolve("b.py"), "x = 2\n");
        assertFalse(filecmp.cmp(a.toString(), b.toString(), false));
        assertEquals(List.of("a.py", "b.py"), filecmp.dircmp(tmp.toString(), tmp.toString()).sameFiles());
        assertEquals("x = 2\n", linecache.getline(b.toString(), 1));
        linecache.clearcache();
    }

    @Test
    void bothServicesGoWithTheProviderAndComeBackWithIt() throws Exception {
        Bundle posix = Arrays.stream(ctx.getBundles())
                .filter(bundle -> "org.osprey.posix".equals(bundle.getSymbolicName())).findFirst().orElseThrow();
        ServiceTracker<Filecmp, Filecmp> filecmps = new ServiceTracker<>(ctx, Filecmp.class, null);
        ServiceTracker<Linecache, Linecache> linecaches = new ServiceTracker<>(ctx, Linecache.class, null);
        filecmps.open();
        linecaches.open();
        try {
            Filecmp filecmpBefore = filecmps.waitForService(10_000);
            Linecache linecacheBefore = linecaches.waitForService(10_000);
            assertNotNull(filecmpBefore);
            assertNotNull(linecacheBefore);

            posix.stop();
            assertTrue(waitUntil(() -> filecmps.getService() == null), "Filecmp goes with the provider");
            assertTrue(waitUntil(() -> linecaches.getService() == null), "Linecache goes with the provider");

            posix.start();
            Filecmp filecmpAfter = filecmps.waitForService(10_000);
            Linecache linecacheAfter = linecaches.waitForService(10_000);
            assertNotNull(filecmpAfter, "Filecmp is back");
            assertNotNull(linecacheAfter, "Linecache is back");
            assertNotSame(filecmpBefore, filecmpAfter, "a new component over the new Os, with a fresh cache");
            assertNotSame(linecacheBefore, linecacheAfter, "a new component over the new Os, with a fresh cache");
            works(filecmpAfter, linecacheAfter);
        } finally {
            filecmps.close();
            linecaches.close();
            if (posix.getState() != Bundle.ACTIVE) {
                posix.start();
            }
        }
    }

    private static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
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
