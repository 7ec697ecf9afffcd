package org.osprey.shell;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.Os;

/**
 * The {@code osprey} scope: {@code providers} lists the registered providers from their service properties alone.
 * The shell consumes the API only, so it names the provider interface as a string instead of importing the SPI,
 * and cannot ask a provider for its id, platforms or facets: the {@code Os} service reports its provider's id.
 */
@Component(service = OspreyCommands.class,
        property = {"osgi.command.scope=osprey", "osgi.command.function=providers"})
public final class OspreyCommands {
    private static final String PROVIDER = "org.osprey.os.spi.OsProvider";

    private final BundleContext context;
    private final Os os;

    @Activate
    public OspreyCommands(BundleContext context, @Reference(policyOption = ReferencePolicyOption.GREEDY) Os os) {
        this.context = Objects.requireNonNull(context, "context");
        this.os = Objects.requireNonNull(os, "os");
    }

    /** The providers, best first: the first is the one the {@code Os} service binds (highest ranking). */
    public String providers() throws InvalidSyntaxException {
        ServiceReference<?>[] found = context.getAllServiceReferences(PROVIDER, null);
        List<ServiceReference<?>> refs = found == null ? List.of() : Arrays.asList(found);
        // the framework's order: highest service.ranking first, then the oldest (lowest service.id)
        refs.sort(Comparator.reverseOrder());
        Table table = Table.of("", "BUNDLE", "COMPONENT", ">RANKING");
        boolean first = true;
        for (ServiceReference<?> ref : refs) {
            table.row(first ? "*" : "", ref.getBundle().getSymbolicName(), ref.getProperty("component.name"),
                    ref.getProperty("service.ranking"));
            first = false;
        }
        return table + "\n\n* serves the os service, whose provider reports the id '" + os.providerId() + "'";
    }
}
