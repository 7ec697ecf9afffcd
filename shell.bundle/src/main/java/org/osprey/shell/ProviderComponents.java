package org.osprey.shell;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.promise.Promise;

/**
 * The provider components as Declarative Services knows them, enabled or not, and the switch between them: the
 * standard OSGi way, by enabling the chosen provider's component and disabling the others through
 * {@link ServiceComponentRuntime}, never by stopping bundles. The shell imports no SPI, so a provider is known by
 * its component's properties ({@code osprey.provider.*}, set by each provider component) and the SPI's interface
 * name.
 */
final class ProviderComponents {
    static final String PROVIDER = "org.osprey.os.spi.OsProvider";
    static final String ID = "osprey.provider.id";
    static final String PLATFORMS = "osprey.provider.platforms";
    static final String FACETS = "osprey.provider.facets";

    private final ServiceComponentRuntime scr;

    ProviderComponents(ServiceComponentRuntime scr) {
        this.scr = Objects.requireNonNull(scr, "scr");
    }

    /** A provider's component: its description and, when DS has one, its configuration's state and failure. */
    record Provider(ComponentDescriptionDTO description, boolean enabled, int state, String failure) {
        String id() {
            return String.valueOf(description.properties.get(ID));
        }

        /** The name {@code osprey:use} takes: the id's first word, as {@code -Dosprey.provider} matches it. */
        String name() {
            return id().strip().split("\\s+", 2)[0];
        }

        int rank() {
            return description.properties.get("service.ranking") instanceof Integer r ? r : 0;
        }

        List<String> platforms() {
            return strings(PLATFORMS);
        }

        List<String> facets() {
            return strings(FACETS);
        }

        boolean serving() {
            return enabled && (state == ComponentConfigurationDTO.ACTIVE
                    || state == ComponentConfigurationDTO.SATISFIED);
        }

        /** What DS says of it, in words. */
        String status() {
            if (!enabled) {
                return "disabled";
            }
            return switch (state) {
                case ComponentConfigurationDTO.ACTIVE, ComponentConfigurationDTO.SATISFIED -> "enabled";
                case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed: " + failure;
                default -> "unsatisfied";
            };
        }

        private List<String> strings(String key) {
            Object value = description.properties.get(key);
            if (value instanceof String[] many) {
                return List.of(many);
            }
            return value == null ? List.of() : List.of(String.valueOf(value));
        }
    }

    /** Every provider component, the best-ranked first (then by id). */
    List<Provider> list() {
        List<Provider> found = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            if (Arrays.asList(d.serviceInterfaces).contains(PROVIDER)) {
                found.add(describe(d));
            }
        }
        found.sort(Comparator.comparingInt(Provider::rank).reversed().thenComparing(Provider::id));
        return found;
    }

    private Provider describe(ComponentDescriptionDTO d) {
        boolean enabled = scr.isComponentEnabled(d);
        int state = ComponentConfigurationDTO.UNSATISFIED_REFERENCE;
        String failure = null;
        for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
            state = c.state;
            failure = c.failure == null ? null : c.failure.lines().findFirst().orElse("");
        }
        return new Provider(d, enabled, state, failure);
    }

    /**
     * Makes the provider {@code name} names (its id or the id's first word) the only enabled one: it is enabled and
     * must come up before any other is disabled, so the {@code Os} service is never without a provider.
     *
     * @return the provider now serving
     * @throws IllegalArgumentException when no provider has that name, or it cannot serve on this machine (the
     *         others are then left enabled)
     */
    Provider use(String name) throws InterruptedException {
        List<Provider> all = list();
        Provider chosen = find(all, name);
        await(scr.enableComponent(chosen.description()));
        boolean wasEnabled = chosen.enabled();
        chosen = describe(chosen.description());
        if (!chosen.serving()) {
            if (!wasEnabled) {
                await(scr.disableComponent(chosen.description()));
            }
            throw new IllegalArgumentException("the provider '" + chosen.id() + "' cannot serve on this machine ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + chosen.status());
        }
        for (Provider other : all) {
            if (other.description() != chosen.description() && other.enabled()) {
                await(scr.disableComponent(other.description()));
            }
        }
        return chosen;
    }

    private static Provider find(List<Provider> all, String name) {
        for (Provider p : all) {
            if (p.id().equals(name)) {
                return p;
            }
        }
        for (Provider p : all) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no provider is named '" + name + "'; the providers are "
                + all.stream().map(p -> p.name() + " ('" + p.id() + "')").collect(Collectors.joining(", ")));
    }

    private static void await(Promise<Void> done) throws InterruptedException {
        try {
            done.getValue();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Declarative Services could not switch the provider: " + e.getCause(),
                    e.getCause());
        }
    }
}
