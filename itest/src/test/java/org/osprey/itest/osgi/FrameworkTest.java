package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * Every framework test runs once per framework run ({@code felix.bndrun}, {@code equinox.bndrun}): this one shows
 * that a run is really in the framework it names, so a green report under a framework's name means that framework.
 */
class FrameworkTest {
    @InjectBundleContext
    BundleContext ctx;

    @Test
    void theRunIsInTheFrameworkItNames() {
        String named = ctx.getProperty("osprey.itest.framework");
        assertNotNull(named, "the run sets osprey.itest.framework");
        Bundle system = ctx.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        assertEquals(named, system.getSymbolicName(), () -> "system bundle " + system.getSymbolicName() + " "
                + system.getVersion() + ", framework vendor " + ctx.getProperty(Constants.FRAMEWORK_VENDOR));
        System.out.println("in " + system.getSymbolicName() + " " + system.getVersion());
    }
}
