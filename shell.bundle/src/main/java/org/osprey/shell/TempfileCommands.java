package org.osprey.shell;

import java.io.IOException;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.Tempfile;

/** The {@code tempfile} scope: prints the new directory's name; removing it is the caller's job, as in Python. */
@Component(service = TempfileCommands.class,
        property = {"osgi.command.scope=tempfile", "osgi.command.function=mkdtemp"})
public final class TempfileCommands {
    private final Tempfile tempfile;

    @Activate
    public TempfileCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Tempfile tempfile) {
        this.tempfile = Objects.requireNonNull(tempfile, "tempfile");
    }

    public String mkdtemp() throws IOException {
        return tempfile.mkdtemp();
    }

    /** {@code mkdtemp(suffix, prefix)}. */
    public String mkdtemp(String suffix, String prefix) throws IOException {
        return tempfile.mkdtemp(TempOptions.DEFAULT.withSuffix(suffix).withPrefix(prefix));
    }

    /** {@code mkdtemp(suffix, prefix, dir)}. */
    public String mkdtemp(String suffix, String prefix, String dir) throws IOException {
        return tempfile.mkdtemp(TempOptions.DEFAULT.withSuffix(suffix).withPrefix(prefix).withDir(dir));
    }
}
