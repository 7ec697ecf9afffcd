package org.osprey.tempfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** This process's open file descriptors, as Linux lists them in {@code /proc/self/fd}. */
public final class Fds {
    private Fds() {
    }

    public static long count() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    /** The open flags of {@code fd}, from {@code /proc/self/fdinfo}. */
    public static int flags(int fd) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", Integer.toString(fd)))) {
            if (line.startsWith("flags:")) {
                return Integer.parseInt(line.substring("flags:".length()).trim(), 8);
            }
        }
        throw new IllegalStateException("no flags for fd " + fd);
    }

    /** What descriptor {@code fd} is open on, or null if it is closed. */
    public static String target(int fd) throws IOException {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd", Integer.toString(fd))).toString();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
