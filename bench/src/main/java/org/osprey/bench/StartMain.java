package org.osprey.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.osprey.os.Os;

/**
 * Start-up, whole process: a JVM that lists one directory and exits, against one that does nothing. run.sh puts
 * only this class in a jar of its own, beside the module jars a user would have, so that the JVM loads what a
 * user's program would and nothing of JMH's.
 *
 * <pre>java -cp osprey-api.jar:osprey-posix.jar:start.jar org.osprey.bench.StartMain (noop | prompt | natives | osprey | nio) [DIR]</pre>
 * Prints how many entries DIR has ({@code noop} and {@code natives} print nothing; {@code prompt} prints a prompt and reads input to its
 * end, the floor of a shell's start-up to its prompt; {@code natives} loads only the posix provider's native side,
 * jffi and the C library binding, the floor of any start-up through jffi).
 */
public final class StartMain {
    private StartMain() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "noop" -> {
            }
            case "prompt" -> {
                System.out.print("> ");
                System.out.flush();
                System.in.transferTo(OutputStream.nullOutputStream());
            }
            case "natives" -> {
                // by name: the provider is a run-time dependency only, as a user's program has it
                try {
                    Class.forName("org.osprey.posix.natives.Natives").getMethod("load").invoke(null);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "osprey" -> System.out.println(Os.get().listdir(args[1]).size());
            case "nio" -> {
                try (Stream<Path> entries = Files.list(Path.of(args[1]))) {
                    System.out.println(entries.count());
                }
            }
            default -> throw new IllegalArgumentException("usage: StartMain (noop | prompt | natives | osprey | nio) [DIR]");
        }
    }
}
