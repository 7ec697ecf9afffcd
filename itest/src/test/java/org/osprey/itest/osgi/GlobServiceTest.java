package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
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
        try (ProviderRestart restart = ProviderRestart.tracking(ctx, Glob.class, Fnmatch.class)) {
            restart.restart();
            Glob after = restart.after(Glob.class);
            restart.after(Fnmatch.class);
            assertNotSame(restart.before(Glob.class), after, "a new Glob bound to the new Os");
            assertEquals(List.of(tmp.toString()), after.glob(after.escape(tmp.toString())));
        }
    }
}
