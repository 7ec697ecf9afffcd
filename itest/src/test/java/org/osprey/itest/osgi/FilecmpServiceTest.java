package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        try (ProviderRestart restart = ProviderRestart.tracking(ctx, Filecmp.class, Linecache.class)) {
            restart.restart();
            Filecmp filecmp = restart.after(Filecmp.class);
            Linecache linecache = restart.after(Linecache.class);
            assertNotSame(restart.before(Filecmp.class), filecmp, "a new component over the new Os, a fresh cache");
            assertNotSame(restart.before(Linecache.class), linecache, "a new component over the new Os, a fresh cache");
            works(filecmp, linecache);
        }
    }
}
