package org.osprey.shell;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.subprocess.RunOptions;
import org.osprey.subprocess.Subprocess;
import org.osprey.subprocess.SubprocessError;

/**
 * The {@code subprocess} scope. {@code run} starts the child on the shell's own standard streams, as Python's
 * {@code run} without {@code capture_output}, so its output appears as it comes (and bypasses a Gogo pipe).
 */
@Component(service = SubprocessCommands.class,
        property = {"osgi.command.scope=subprocess", "osgi.command.function=run"})
public final class SubprocessCommands {
    private final Subprocess subprocess;

    @Activate
    public SubprocessCommands(@Reference(policyOption = ReferencePolicyOption.GREEDY) Subprocess subprocess) {
        this.subprocess = Objects.requireNonNull(subprocess, "subprocess");
    }

    /** Runs the program with its arguments and waits; the shell run with one command exits with its status. */
    public ExitStatus run(String... args) throws IOException, SubprocessError {
        if (args.length == 0) {
            throw new IllegalArgumentException("run needs a program to run");
        }
        List<String> cmd = List.of(args);
        // what the shell printed must come out before the child's own output
        System.out.flush();
        return new ExitStatus(cmd, subprocess.run(cmd, RunOptions.bytes()).returncode());
    }
}
