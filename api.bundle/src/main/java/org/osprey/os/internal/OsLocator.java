package org.osprey.os.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceConsumer;
import org.osprey.os.NoProviderException;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;

/**
 * Finds the {@code os} of the running platform: the OSGi service inside a framework, else the provider that
 * {@link ProviderChoice} picks among those ServiceLoader finds (once, at the first call).
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
            Os os = null;
            String missing = null;
            try {
                os = wrap(ProviderChoice.choose(candidates(), System.getProperty(ProviderChoice.PROPERTY)));
            } catch (NoProviderException e) {
                missing = e.getMessage();
            }
            OS = os;
            MISSING = missing;
        }
    }

    /** @throws NoProviderException on each call, alike, while no provider serves (or the forced one cannot) */
    public static Os current() {
        if (OsgiLookup.inFramework()) {
            return OsgiLookup.current();
        }
        if (Standalone.OS == null) {
            throw new NoProviderException(Standalone.MISSING);
        }
        return Standalone.OS;
    }

    /** @throws NoProviderException if {@code provider} cannot serve here, with its reason */
    public static Os wrapUsable(OsProvider provider) {
        if (!provider.isUsable()) {
            throw new NoProviderException("The Osprey provider \"" + provider.id() + "\" ("
                    + provider.getClass().getName() + ") is not usable on " + ProviderChoice.platform()
                    + provider.unusableReason().map(why -> ": " + why).orElse(""));
        }
        return wrap(provider);
    }

    public static Os wrap(OsProvider provider) {
        return new OsImpl(provider);
    }

    private static List<OsProvider> candidates() {
        List<OsProvider> found = new ArrayList<>();
        load(ServiceLoader.load(OsProvider.class), found);
        if (found.isEmpty()) {
            load(ServiceLoader.load(OsProvider.class, OsProvider.class.getClassLoader()), found);
        }
        return found;
    }

    private static void load(ServiceLoader<OsProvider> loader, List<OsProvider> into) {
        for (var it = loader.iterator(); ; ) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                insertByClassName(it.next(), into);
            } catch (ServiceConfigurationError e) {
                // a provider that cannot even be instantiated here is simply not a candidate
            }
        }
    }

    /** Keeps the candidates in class-name order, whatever order the class path lists them in (no lambda: start-up). */
    private static void insertByClassName(OsProvider p, List<OsProvider> into) {
        String name = p.getClass().getName();
        int at = into.size();
        while (at > 0 && into.get(at - 1).getClass().getName().compareTo(name) > 0) {
            at--;
        }
        into.add(at, p);
    }
}
