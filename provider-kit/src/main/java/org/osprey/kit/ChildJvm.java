package org.osprey.kit;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osprey.os.Os;
import org.osprey.os.spi.OsProvider;

/**
 * A JVM of its own, on the test class path, for what must never happen to the test JVM: its {@code main} gets
 * the {@code os} of the provider under test from {@link #os()}, a new instance of the class the parent named
 * (so a provider that a child JVM tests needs a public constructor without parameters).
 */
final class ChildJvm {
    private static final String PROVIDER = "osprey.kit.provider";

    private ChildJvm() {
    }

    /** The command that runs {@code main} with {@code args} in a JVM with {@code options}, serving {@code provider}. */
    static List<String> command(OsProvider provider, List<String> options, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-D" + PROVIDER + "=" + provider.getClass().getName(), "-cp",
                System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** In the child JVM: the {@code os} of a new instance of the provider the parent runs. */
    static Os os() throws ReflectiveOperationException {
        String name = System.getProperty(PROVIDER);
        if (name == null) {
            throw new IllegalStateException("not a child JVM of the kit: -D" + PROVIDER + " is not set");
        }
        try {
            return Os.of(Class.forName(name).asSubclass(OsProvider.class).getConstructor().newInstance());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("provider " + name + " failed to start", e.getCause());
        }
    }
}
