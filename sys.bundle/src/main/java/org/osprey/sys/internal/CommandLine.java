package org.osprey.sys.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;

/**
 * The JVM's {@code sys.argv}: the process's arguments from the main class, {@code -m} module or {@code -jar} file
 * on. {@code sun.java.command} names that first word (and the arguments, joined by spaces, so ambiguously); the
 * process's own argument list gives them exactly: {@code /proc/self/cmdline} where it exists (the JDK's
 * {@link ProcessHandle.Info#arguments()} stops at an empty argument on Linux), else the JDK's list.
 */
final class CommandLine {
    private static final String PROC_CMDLINE = "/proc/self/cmdline";

    private CommandLine() {
    }

    static List<String> argv(Os os) {
        String command = System.getProperty("sun.java.command", "").strip();
        if (command.isEmpty()) {
            return List.of();
        }
        String main = command.split(" ", 2)[0];
        Optional<List<String>> arguments = procCmdline(os)
                .or(() -> ProcessHandle.current().info().arguments().map(Arrays::asList));
        if (arguments.isPresent()) {
            int at = arguments.get().indexOf(main);
            if (at >= 0) {
                return arguments.get().subList(at, arguments.get().size());
            }
        }
        return List.of(command.split(" "));
    }

    /** The NUL-terminated arguments of {@code /proc/self/cmdline}, the executable first. */
    private static Optional<List<String>> procCmdline(Os os) {
        if (!os.path().exists(PROC_CMDLINE)) {
            return Optional.empty();
        }
        try (FdChannel file = os.fdopen(os.open(PROC_CMDLINE, os.O_RDONLY())); InputStream in = file.inputStream()) {
            byte[] bytes = in.readAllBytes();
            List<String> args = new ArrayList<>();
            ByteArrayOutputStream arg = new ByteArrayOutputStream();
            for (byte b : bytes) {
                if (b == 0) {
                    args.add(os.fsdecode(arg.toByteArray()));
                    arg.reset();
                } else {
                    arg.write(b);
                }
            }
            return Optional.of(args);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
