package org.osprey.shell;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osprey.os.Os;

/**
 * The {@code osprey} scope: {@code providers} lists the provider components, {@code use} switches the one that
 * serves. It holds no {@code Os}: a switch re-creates the {@code Os} service, and each command asks for the current
 * one ({@link Os#get()}).
 */
@Component(service = OspreyCommands.class,
        property = {"osgi.command.scope=osprey", "osgi.command.function=providers",
                "osgi.command.function=use"})
public final class OspreyCommands {
    private final ProviderComponents providers;

    @Activate
    public OspreyCommands(@Reference ServiceComponentRuntime scr) {
        this.providers = new ProviderComponents(scr);
    }

    /** The providers, best-ranked first; {@code *} marks the one the {@code Os} service is bound to now. */
    public String providers() {
        String serving = Os.get().providerId();
        Table table = Table.of("", "NAME", "ID", ">RANK", "STATE", "PLATFORMS", "SUPPORTS");
        for (ProviderComponents.Provider p : providers.list()) {
            table.row(p.id().equals(serving) && p.serving() ? "*" : "", p.name(), p.id(), p.rank(),
                    p.status(), String.join(",", p.platforms()), String.join(",", p.facets()));
        }
        return table.toString();
    }

    /**
     * {@code osprey:use NAME}: the provider named (its id, or the id's first word: {@code posix}, {@code nio})
     * serves from now on, until the shell ends; the others are disabled.
     */
    public String use(String name) throws InterruptedException {
        ProviderComponents.Provider chosen = providers.use(name);
        return "the os service is served by '" + Os.get().providerId() + "' (" + chosen.name() + ")";
    }
}
