package org.osprey.shell;

import java.io.IOException;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.filecmp.Filecmp;

/** The {@code filecmp} scope: {@code dircmp(a, b)} prints its {@code report()}, word for word CPython's. */
@Component(service = FilecmpCommands.class,
        property = {"osgi.command.scope=filecmp", "osgi.command.function=dircmp"})
public final class FilecmpCommands {
    private final Filecmp filecmp;

    @Activate
    public FilecmpCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Filecmp filecmp) {
        this.filecmp = Objects.requireNonNull(filecmp, "filecmp");
    }

    public String dircmp(String a, String b) throws IOException {
        StringBuilder out = new StringBuilder();
        filecmp.dircmp(a, b).report(out);
        return out.toString().stripTrailing();
    }
}
