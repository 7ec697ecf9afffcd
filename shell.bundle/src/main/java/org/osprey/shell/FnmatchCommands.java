package org.osprey.shell;

import java.util.Arrays;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.fnmatch.Fnmatch;

/** The {@code fnmatch} scope. */
@Component(service = FnmatchCommands.class, property = {"osgi.command.scope=fnmatch", "osgi.command.function=filter"})
public final class FnmatchCommands {
    private final Fnmatch fnmatch;

    @Activate
    public FnmatchCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Fnmatch fnmatch) {
        this.fnmatch = Objects.requireNonNull(fnmatch, "fnmatch");
    }

    /**
     * {@code filter(names, pat)} in Python's order: the names, then the pattern last
     * ({@code fnmatch:filter a.txt b.py '*.txt'}); the matching names one a line, in the order given.
     */
    public String filter(String... namesThenPattern) {
        if (namesThenPattern.length == 0) {
            throw new IllegalArgumentException("filter needs names and a pattern");
        }
        int last = namesThenPattern.length - 1;
        return String.join("\n",
                fnmatch.filter(Arrays.asList(namesThenPattern).subList(0, last), namesThenPattern[last]));
    }
}
