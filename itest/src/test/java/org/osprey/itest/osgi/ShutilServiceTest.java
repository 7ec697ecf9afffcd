package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.osprey.shutil.Shutil;

/** shutil is a DS service bound to the Os service: it works, and leaves and returns with the provider bundle. */
class ShutilServiceTest {
    @InjectBundleContext
    BundleContext ctx;

    @TempDir
    Path tmp;

    @Test
    void theServiceComesFromTheShutilBundleAndCopies() throws Exception {
        ServiceTracker<Shutil, Shutil> tracker = new ServiceTracker<>(ctx, Shutil.class, null);
        tracker.open();
        try {
            Shutil shutil = tracker.waitForService(10_000);
            assertNotNull(shutil, "a Shutil service is registered");
            ServiceReference<Shutil> ref = tracker.getServiceReference();
            assertEquals("org.osprey.shutil", ref.getBundle().getSymbolicName());
            assertWorks(shutil);
        } finally {
            tracker.close();
        }
    }

    @Test
    void theServiceGoesWithTheProviderAndComesBack() throws Exception {
        try (ProviderRestart restart = ProviderRestart.tracking(ctx, Shutil.class)) {
            restart.restart();
            assertWorks(restart.after(Shutil.class));
        }
    }

    private void assertWorks(Shutil shutil) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "works");
        Files.createDirectory(dir.resolve("src"));
        Files.writeString(dir.resolve("src/f"), "x");
        shutil.copytree(dir.resolve("src").toString(), dir.resolve("dst").toString());
        assertEquals("x", Files.readString(dir.resolve("dst/f")));
        shutil.rmtree(dir.resolve("dst").toString());
        assertTrue(Files.notExists(dir.resolve("dst")));
    }
}
