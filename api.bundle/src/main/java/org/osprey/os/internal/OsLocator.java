package org.osprey.os.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceConsumer;
import org.osprey.os.NoProviderException;
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

    /**
     * The lookup's outcome, made once. A missing provider is an outcome, not a failed class initialization, which
     * would be an {@code ExceptionInInitializerError} once and a bare {@code NoClassDefFoundError} ever after.
     */
    private static final class Standalone {
        static final Os OS;
        static final String MISSING;

        static {
            OsProvider best = best();
            OS = best == null ? null : wrap(best);
            MISSING = best == null ? noProvider() : null;
        }
    }

    /** @throws NoProviderException on each call, alike, while no provider serves */
    public static Os current() {
        if (OsgiLookup.inFramework()) {
            return OsgiLookup.current();
        }
        if (Standalone.OS == null) {
            throw new NoProviderException(Standalone.MISSING);
        }
        return Standalone.OS;
    }

    public static Os wrap(OsProvider provider) {
        return new OsImpl(provider);
    }

    /** The usable provider of the highest rank, or {@code null}. */
    private static OsProvider best() {
        OsProvider best = null;
        for (OsProvider p : candidates()) {
            if (usable(p) && (best == null || p.rank() > best.rank())) {
                best = p;
            }
        }
        return best;
    }

    private static boolean usable(OsProvider p) {
        try {
            return p.isUsable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Why there is no {@code os}: what was looked for, what was found, and what to add. */
    private static String noProvider() {
        List<String> seen = new ArrayList<>();
        for (OsProvider p : candidates()) {
            seen.add(p.getClass().getName() + (usable(p) ? " (rank " + p.rank() + ")" : " (not usable here)"));
        }
        String platform = System.getProperty("os.name") + "/" + System.getProperty("os.arch");
        return "No Osprey provider was found for " + platform + ": ServiceLoader found "
                + (seen.isEmpty() ? "no " + OsProvider.class.getName() : "only " + String.join(", ", seen))
                + " on the class path or module path. Add the provider module org.osprey.posix (Maven artifact "
                + "org.osprey:posix.bundle) to the class path or module path; in an OSGi framework, start the "
                + "org.osprey.posix bundle and Declarative Services.";
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
