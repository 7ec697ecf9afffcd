package org.osprey.logging.internal.osgi;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.LoggerFactory;
import org.osprey.logging.Handler;
import org.osprey.logging.Logging;
import org.osprey.logging.bridge.OsgiLogHandler;

/**
 * In an OSGi framework, routes Python's log records to the Log Service while one runs: one
 * {@link OsgiLogHandler} on the root logger, swapped for a new one when a better-ranked {@link LoggerFactory} comes
 * (greedy), removed when the last one goes, so the root never holds two. The methods name the service only by
 * {@link ServiceReference}: the class loads even where {@code org.osgi.service.log} is absent (an optional import),
 * and then this reference is never satisfied.
 */
@Component(immediate = true)
public final class LogServiceRouting {
    private final BundleContext context;
    private ServiceReference<?> bound;
    private Handler handler;

    /**
     * The component, created by Declarative Services.
     *
     * @param context this bundle's context, which gets the service
     */
    @Activate
    public LogServiceRouting(BundleContext context) {
        this.context = context;
    }

    @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void bindLoggerFactory(ServiceReference<?> reference) {
        Object factory = context.getService(reference);
        if (factory == null) {
            return;
        }
        Handler fresh;
        try {
            fresh = new OsgiLogHandler((LoggerFactory) factory);
        } catch (LinkageError | ClassCastException e) {
            // a Log Service whose package this bundle is not wired to (an optional import left unresolved)
            context.ungetService(reference);
            return;
        }
        // the new handler first, then the old one out: no record falls between the two
        Logging.getLogger().addHandler(fresh);
        release();
        bound = reference;
        handler = fresh;
        LogServices.set(factory);
    }

    synchronized void unbindLoggerFactory(ServiceReference<?> reference) {
        if (reference.equals(bound)) {
            release();
        }
    }

    @Deactivate
    synchronized void deactivate() {
        release();
    }

    /** Takes the current handler off the root logger and gives the service back. */
    private void release() {
        if (bound == null) {
            return;
        }
        Logging.getLogger().removeHandler(handler);
        handler.close();
        LogServices.set(null);
        context.ungetService(bound);
        bound = null;
        handler = null;
    }
}
