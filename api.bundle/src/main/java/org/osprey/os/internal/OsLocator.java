package org.osprey.os.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceConsumer;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;

/**
 * Finds the {@code os} of the running platform: the OSGi service inside a framework, else ServiceLoader.
 * The ServiceLoader requirement is effective only at run time, so resolving a framework never wires this
 * bundle to a provider (and swapping a provider never refreshes the API).
 */
@ServiceConsumer(value = OsProvider.class, resolution = Resolution.OPTIONAL, effective = "active")
public final class OsLocator {
    private OsLocator() {
    }

    private static final class Standalone {
        static final Os OS = wrap(best());
    }

    public static Os current() {
        if (OsgiLookup.inFramework()) {
            return OsgiLookup.current();
        }
        return Standalone.OS;
    }

    public static Os wrap(OsProvider provider) {
        return new OsImpl(provider);
    }

    static OsProvider best() {
        List<String> seen = new ArrayList<>();
        OsProvider best = null;
        for (OsProvider p : candidates()) {
            boolean usable;
            try {
                usable = p.isUsable();
            } catch (RuntimeException | LinkageError e) {
                usable = false;
            }
            seen.add(p.getClass().getName() + (usable ? " (rank " + p.rank() + ")" : " (not usable here)"));
            if (usable && (best == null || p.rank() > best.rank())) {
                best = p;
            }
        }
        if (best == null) {
            throw new IllegalStateException("No Osprey provider (" + OsProvider.class.getName()
                    + ") fits " + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + "; ServiceLoader found " + (seen.isEmpty() ? "none" : seen)
                    + ". Put a provider module such as org.osprey.posix on the module or class path.");
        }
        return best;
    }

    private static List<OsProvider> candidates() {
        List<OsProvider> found = new ArrayList<>();
        load(ServiceLoader.load(OsProvider.class), found);
        if (found.isEmpty()) {
            load(ServiceLoader.load(OsProvider.class, OsProvider.class.getClassLoader()), found);
        }
        found.sort(Comparator.comparing(p -> p.getClass().getName()));
        return found;
    }

    private static void load(ServiceLoader<OsProvider> loader, List<OsProvider> into) {
        for (var it = loader.iterator(); ; ) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                into.add(it.next());
            } catch (ServiceConfigurationError e) {
                // a provider that cannot even be instantiated here is simply not a candidate
            }
        }
    }
}
