package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
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
        try (ProviderRestart restart = ProviderRestart.tracking(ctx, Tempfile.class)) {
            restart.restart();
            Tempfile after = restart.after(Tempfile.class);
            assertNotSame(restart.before(Tempfile.class), after, "a new component bound to the new Os");
            works(after);
        }
    }
}
