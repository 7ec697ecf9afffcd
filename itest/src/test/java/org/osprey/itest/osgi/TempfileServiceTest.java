package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.osprey.tempfile.TempDirOptions;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.Tempfile;
import org.osprey.tempfile.TemporaryDirectory;
import org.osprey.tempfile.TemporaryFile;

/** {@code tempfile} is a DS service of its bundle, bound to the {@code Os} service and following its provider. */
class TempfileServiceTest {
    @InjectBundleContext
    BundleContext ctx;

    @TempDir
    Path tmp;

    private static Bundle bundle(BundleContext ctx, String symbolicName) {
        return Arrays.stream(ctx.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
    }

    /** Uses the service for real: a file with no name on disk, and a directory that it removes again. */
    private void works(Tempfile tf) throws Exception {
        try (TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(tmp.toString()))) {
            assertEquals(3, f.write(ByteBuffer.wrap(new byte[] {1, 2, 3})));
            assertTrue(f.fileno() >= 0);
            assertEquals(0, tmp.toFile().list().length, "no name on disk");
        }
        Path top;
        try (TemporaryDirectory td = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(tmp.toString()))) {
            top = Path.of(td.name());
            Files.writeString(top.resolve("f"), "x");
        }
        assertFalse(Files.exists(top));
    }

    @Test
    void theServiceIsRegisteredByItsBundleAndWorks() throws Exception {
        ServiceReference<Tempfile> ref = ctx.getServiceReference(Tempfile.class);
        assertNotNull(ref, "a Tempfile service is registered");
        assertEquals("org.osprey.tempfile", ref.getBundle().getSymbolicName());
        Tempfile tf = ctx.getService(ref);
        try {
            works(tf);
        } finally {
            ctx.ungetService(ref);
        }
    }

    @Test
    void itGoesWithTheProviderAndComesBackWithIt() throws Exception {
        Bundle posix = bundle(ctx, "org.osprey.posix");
        ServiceTracker<Tempfile, Tempfile> tracker = new ServiceTracker<>(ctx, Tempfile.class, null);
        tracker.open();
        try {
            Tempfile before = tracker.waitForService(10_000);
            assertNotNull(before, "Tempfile service before the stop");

            posix.stop();
            assertTrue(waitUntil(() -> tracker.getService() == null), "the Tempfile service goes with the provider");

            posix.start();
            Tempfile after = tracker.waitForService(10_000);
            assertNotNull(after, "Tempfile service after the restart");
            assertNotSame(before, after, "a new component bound to the new Os");
            works(after);
        } finally {
            tracker.close();
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
