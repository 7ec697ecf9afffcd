package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobOptions;

/** glob and fnmatch are DS services of org.osprey.glob that come and go with the os provider. */
class GlobServiceTest {
    @InjectBundleContext
    BundleContext ctx;

    @TempDir
    Path tmp;

    @Test
    void bothServicesAreRegisteredByTheGlobBundleAndWork() throws Exception {
        Files.createFile(tmp.resolve("a.txt"));
        Files.createFile(tmp.resolve("b.py"));
        ServiceReference<Glob> globRef = ctx.getServiceReference(Glob.class);
        ServiceReference<Fnmatch> fnmatchRef = ctx.getServiceReference(Fnmatch.class);
        assertNotNull(globRef, "a Glob service");
        assertNotNull(fnmatchRef, "an Fnmatch service");
        assertEquals("org.osprey.glob", globRef.getBundle().getSymbolicName());
        assertEquals("org.osprey.glob", fnmatchRef.getBundle().getSymbolicName());
        try {
            Glob glob = ctx.getService(globRef);
            assertEquals(List.of("a.txt"), glob.glob("*.txt", GlobOptions.DEFAULT.withRootDir(tmp.toString())));
            Fnmatch fnmatch = ctx.getService(fnmatchRef);
            assertEquals(List.of("b.py"), fnmatch.filter(List.of("a.txt", "b.py"), "*.py"));
        } finally {
            ctx.ungetService(globRef);
            ctx.ungetService(fnmatchRef);
        }
    }

    @Test
    void theServicesGoWithTheProviderAndComeBackWithIt() throws Exception {
        Bundle posix = Arrays.stream(ctx.getBundles())
                .filter(b -> "org.osprey.posix".equals(b.getSymbolicName())).findFirst().orElseThrow();
        ServiceTracker<Glob, Glob> globs = new ServiceTracker<>(ctx, Glob.class, null);
        ServiceTracker<Fnmatch, Fnmatch> fnmatches = new ServiceTracker<>(ctx, Fnmatch.class, null);
        globs.open();
        fnmatches.open();
        try {
            Glob before = globs.waitForService(10_000);
            assertNotNull(before, "Glob before the stop");
            assertNotNull(fnmatches.waitForService(10_000), "Fnmatch before the stop");

            posix.stop();
            assertTrue(waitUntil(() -> globs.getService() == null && fnmatches.getService() == null),
                    "glob and fnmatch go with the os provider");

            posix.start();
            Glob after = globs.waitForService(10_000);
            assertNotNull(after, "Glob after the restart");
            assertNotNull(fnmatches.waitForService(10_000), "Fnmatch after the restart");
            assertNotSame(before, after, "a new Glob bound to the new Os");
            assertEquals(List.of(tmp.toString()), after.glob(after.escape(tmp.toString())));
        } finally {
            globs.close();
            fnmatches.close();
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
