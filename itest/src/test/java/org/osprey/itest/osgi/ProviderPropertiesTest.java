package org.osprey.itest.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osprey.os.spi.Facets;
import org.osprey.os.spi.OsProvider;

/**
 * Each provider's {@code osprey.provider.*} service properties, by which the shell lists and switches providers
 * without the SPI, say what the provider itself says: its id, the optional facets it has, and platforms that
 * include this one when it is usable here.
 */
class ProviderPropertiesTest {
    @InjectBundleContext
    BundleContext ctx;

    @Test
    void thePropertiesDescribeTheProvider() throws Exception {
        List<ServiceReference<OsProvider>> refs = List.copyOf(ctx.getServiceReferences(OsProvider.class, null));
        assertEquals(2, refs.size(), "both providers are registered");
        for (ServiceReference<OsProvider> ref : refs) {
            OsProvider provider = ctx.getService(ref);
            try {
                assertEquals(provider.id(), ref.getProperty("osprey.provider.id"));
                Set<String> facets = Facets.OPTIONAL.stream().filter(t -> provider.facet(t).isPresent())
                        .map(Class::getSimpleName).collect(Collectors.toSet());
                assertEquals(facets, Set.copyOf(strings(ref.getProperty("osprey.provider.facets"))), provider.id());
                List<String> platforms = strings(ref.getProperty("osprey.provider.platforms"));
                assertTrue(platforms.contains("any") || platforms.contains(here()), provider.id() + " is usable here"
                        + " but its platforms " + platforms + " leave out " + here());
                assertEquals(provider.rank(), ref.getProperty("service.ranking"));
            } finally {
                ctx.ungetService(ref);
            }
        }
    }

    /** A property DS gives as a String when the component names one value, else as a String[]. */
    private static List<String> strings(Object property) {
        return property instanceof String[] many ? List.of(many) : List.of((String) property);
    }

    /** This machine as the platforms name it: {@code linux-x86_64}, {@code darwin-aarch64}. */
    private static String here() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        return (os.startsWith("mac") ? "darwin" : os) + "-" + (arch.equals("amd64") ? "x86_64" : arch);
    }
}
