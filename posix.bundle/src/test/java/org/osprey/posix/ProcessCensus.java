package org.osprey.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.osprey.testing.OpenFds;

/** What leak tests of children count, from Linux's {@code /proc}: open descriptors and unreaped children. */
final class ProcessCensus {
    private ProcessCensus() {
    }

    /**
     * What this process's descriptors are open on, but the JVM's jars and sockets: the test JVM may open either
     * at any moment (a class loaded, surefire's channel), and a spawn never opens one.
     */
    static List<String> descriptors() throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                String target = OpenFds.target(Integer.parseInt(fd.getFileName().toString()));
                if (target != null && !target.endsWith(".jar") && !target.startsWith("socket:")
                        && !target.matches("/proc/\\d+/fd")) {
                    open.add(fd.getFileName() + " " + target);
                }
            }
        }
        return open;
    }

    /** The children of every thread of this process, from /proc. */
    static List<String> children() throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                Path file = task.resolve("children");
                if (Files.exists(file)) {
                    String s = Files.readString(file).strip();
                    if (!s.isEmpty()) {
                        all.addAll(List.of(s.split(" ")));
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            // a thread ended while listing
        }
        all.sort(null);
        return all;
    }
}
