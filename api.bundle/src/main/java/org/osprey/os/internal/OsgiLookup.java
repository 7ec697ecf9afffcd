package org.osprey.os.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osprey.os.NoProviderException;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;

/** {@link Os#get()} inside an OSGi framework: the current highest-ranked {@code Os} service. */
final class OsgiLookup {
    private OsgiLookup() {
    }

    private static final boolean FRAMEWORK_CLASSES = frameworkClassesPresent();

    private static boolean frameworkClassesPresent() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, OsgiLookup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static boolean inFramework() {
        return FRAMEWORK_CLASSES && Holder.bundle() != null;
    }

    static Os current() {
        BundleContext ctx = Holder.bundle().getBundleContext();
        ServiceReference<Os> ref = ctx == null ? null : ctx.getServiceReference(Os.class);
        Os os = ref == null ? null : ctx.getService(ref);
        if (os == null) {
            throw new NoProviderException("No " + Os.class.getName() + " service is registered: " + (providerOnline(ctx)
                    ? "a provider is registered and Declarative Services is replacing the Os service (a provider "
                    + "bundle is stopping or starting); try again"
                    : "start a provider bundle such as org.osprey.posix and Declarative Services (felix.scr)"));
        }
        // the service object is a singleton held by DS; releasing our use count keeps lookups leak-free
        ctx.ungetService(ref);
        return os;
    }

    /** Whether any provider is registered, so that a missing Os service is a moment in a swap. */
    private static boolean providerOnline(BundleContext ctx) {
        try {
            return ctx != null && ctx.getServiceReference(OsProvider.class) != null;
        } catch (IllegalStateException e) {
            return false; // our bundle is stopping
        }
    }

    /** Kept apart so that off OSGi no framework class is ever loaded. */
    private static final class Holder {
        static Bundle bundle() {
            return FrameworkUtil.getBundle(OsgiLookup.class);
        }
    }
}
