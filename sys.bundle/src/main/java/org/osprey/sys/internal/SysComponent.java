package org.osprey.sys.internal;

import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;
import org.osprey.sys.LoadedModule;
import org.osprey.sys.Sys;

/**
 * The DS component of {@link Sys}: in a framework what is loaded is the framework's bundles. Off OSGi this
 * class is never loaded, so the bundle needs the framework API only inside a framework.
 */
@Component(service = Sys.class)
public final class SysComponent extends SysImpl {
    @Activate
    public SysComponent(@Reference(policyOption = ReferencePolicyOption.GREEDY) Os os, BundleContext context) {
        super(os, () -> bundles(context));
    }

    private static Map<String, LoadedModule> bundles(BundleContext context) {
        Map<String, LoadedModule> bundles = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName() == null ? "bundle-" + b.getBundleId() : b.getSymbolicName();
            bundles.put(name, new LoadedModule(name, b.getVersion().toString(), b.getLocation()));
        }
        return bundles;
    }
}
