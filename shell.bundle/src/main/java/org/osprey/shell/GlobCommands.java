package org.osprey.shell;

import java.io.IOException;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.glob.Glob;
import org.osprey.glob.GlobOptions;

/** The {@code glob} scope. Quote the pattern ({@code glob:glob '*.txt'}): Gogo expands unquoted wildcards itself. */
@Component(service = GlobCommands.class, property = {"osgi.command.scope=glob", "osgi.command.function=glob"})
public final class GlobCommands {
    private final Glob glob;

    @Activate
    public GlobCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Glob glob) {
        this.glob = Objects.requireNonNull(glob, "glob");
    }

    /** The matching names, sorted, one a line. */
    public String glob(String pathname) throws IOException {
        return OsCommands.lines(glob.glob(pathname));
    }

    /** {@code glob(pathname, recursive=True)} when the second word is {@code recursive}. */
    public String glob(String pathname, String recursive) throws IOException {
        if (!recursive.equals("recursive")) {
            throw new IllegalArgumentException("the second argument can only be 'recursive', not '" + recursive + "'");
        }
        return OsCommands.lines(glob.glob(pathname, GlobOptions.DEFAULT.withRecursive(true)));
    }
}
