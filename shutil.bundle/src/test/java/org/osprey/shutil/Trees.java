package org.osprey.shutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds and describes small test trees through java.nio, independently of the code under test. */
final class Trees {
    private Trees() {
    }

    static Path file(Path p, String content) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    static Path dir(Path p) throws IOException {
        return Files.createDirectories(p);
    }

    static Path link(Path p, String target) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.createSymbolicLink(p, Path.of(target));
    }

    /** A named pipe, made by the {@code mkfifo} command: java.nio makes none, and any provider may be under test. */
    static Path fifo(Path p) throws IOException, InterruptedException {
        Files.createDirectories(p.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo " + p + " failed");
        }
        return p;
    }

    /** One sorted line per entry below {@code root}: relative path, kind, and the link target or file contents. */
    static List<String> describe(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> line(root, p)).sorted().collect(Collectors.toList());
        }
    }

    private static String line(Path root, Path p) {
        try {
            String rel = root.relativize(p).toString();
            if (Files.isSymbolicLink(p)) {
                return rel + " -> " + Files.readSymbolicLink(p);
            }
            String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                return rel + "/ " + mode;
            }
            return rel + " " + mode + " " + new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
