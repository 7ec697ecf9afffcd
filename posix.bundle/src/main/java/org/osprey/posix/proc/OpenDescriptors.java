package org.osprey.posix.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The descriptors open in this process, as Linux ({@code /proc/self/fd}) and macOS ({@code /dev/fd}) list them:
 * what a child inherits before its file actions run, so what a {@code CloseFrom} must close where the C library
 * cannot close from a number on by itself. The listing's own descriptor is among them.
 */
final class OpenDescriptors {
    private static final Path PROC = Path.of("/proc/self/fd");
    private static final Path DEV = Path.of("/dev/fd");

    private OpenDescriptors() {
    }

    static SortedSet<Integer> list() {
        SortedSet<Integer> fds = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Files.isDirectory(PROC) ? PROC : DEV)) {
            for (Path entry : entries) {
                fds.add(Integer.valueOf(entry.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the open descriptors", e);
        }
        return fds;
    }
}
