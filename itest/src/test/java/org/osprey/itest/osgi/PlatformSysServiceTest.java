package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osprey.platform.Platform;
import org.osprey.sys.LoadedModule;
import org.osprey.sys.Sys;

/** {@code platform} and {@code sys} are DS services of their bundles; in a framework, sys's modules are bundles. */
class PlatformSysServiceTest {
    @InjectBundleContext
    BundleContext ctx;

    @Test
    void platformIsAServiceOfItsBundle() {
        ServiceReference<Platform> ref = ctx.getServiceReference(Platform.class);
        assertNotNull(ref, "a Platform service");
        assertEquals("org.osprey.platform", ref.getBundle().getSymbolicName());
        Platform platform = ctx.getService(ref);
        try {
            assertEquals(System.getProperty("os.name"), platform.system());
        } finally {
            ctx.ungetService(ref);
        }
    }

    @Test
    void sysListsTheFrameworksBundles() {
        ServiceReference<Sys> ref = ctx.getServiceReference(Sys.class);
        assertNotNull(ref, "a Sys service");
        assertEquals("org.osprey.sys", ref.getBundle().getSymbolicName());
        Sys sys = ctx.getService(ref);
        try {
            Bundle own = FrameworkUtil.getBundle(Sys.class);
            assertEquals(new LoadedModule("org.osprey.sys", own.getVersion().toString(), own.getLocation()),
                    sys.modules().get("org.osprey.sys"));
            assertEquals(ctx.getBundles().length, sys.modules().size());
        } finally {
            ctx.ungetService(ref);
        }
    }
}
