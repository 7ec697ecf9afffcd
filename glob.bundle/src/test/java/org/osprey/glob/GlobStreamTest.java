package org.osprey.glob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osprey.nio.NioProvider;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.posix.PosixProvider;
import org.osprey.testing.OpenFds;

/** {@code iglob(...).stream()} on both providers: lazy, and holding no directory between pulls or after. */
class GlobStreamTest {
    @TempDir
    Path tmp;

    static List<Os> providers() {
        return List.of(Os.of(new PosixProvider()), Os.of(new NioProvider()));
    }

    /** root/d0..d3/f */
    private String tree() throws Exception {
        Path root = tmp.toRealPath();
        for (int d = 0; d < 4; d++) {
            Files.createDirectories(root.resolve("d" + d));
            Files.writeString(root.resolve("d" + d).resolve("f"), "f");
        }
        return root.toString();
    }

    @ParameterizedTest
    @MethodSource("providers")
    void iglobStreamIsLazyAndHoldsNothingBetweenPulls(Os os) throws Exception {
        assumeTrue(OpenFds.available(), "needs /proc to count descriptors");
        String root = tree();
        List<String> held = new ArrayList<>();
        List<String> matches;
        try (Stream<String> s = Glob.of(os).iglob(root + "/d*/*", GlobOptions.DEFAULT).stream()) {
            matches = s.peek(m -> {
                held.addAll(OpenFds.under(Path.of(root))); // nothing open between pulls
                if (held.isEmpty() && m.endsWith("/f") && !m.contains("late")) {
                    for (int d = 0; d < 4; d++) { // the other directories are read only when the pipeline gets there
                        if (!m.startsWith(root + "/d" + d + "/")) {
                            write(root + "/d" + d + "/late");
                        }
                    }
                    held.add("first");
                }
            }).toList();
        }
        assertEquals(List.of("first"), held);
        assertEquals(3, matches.stream().filter(m -> m.endsWith("/late")).count(), "lazy: " + matches);
        assertEquals(7, matches.size(), matches.toString());
    }

    @ParameterizedTest
    @MethodSource("providers")
    void iglobStreamEndsEarlyAndOnAnException(Os os) throws Exception {
        String root = tree();
        GlobOptions recursive = GlobOptions.DEFAULT.withRecursive(true).withRootDir(root);
        try (Stream<String> s = Glob.of(os).iglob("**", recursive).stream()) {
            assertEquals(2, s.limit(2).count());
        }
        assertThrows(IllegalStateException.class, () -> {
            try (Stream<String> s = Glob.of(os).iglob("**", recursive).stream()) {
                s.forEach(m -> {
                    throw new IllegalStateException(m);
                });
            }
        });
        if (OpenFds.available()) {
            assertEquals(List.of(), OpenFds.under(Path.of(root)));
        }
        try (Stream<byte[]> s = Glob.of(os).iglob(FsCodec.encode("d*"), GlobOptions.DEFAULT.withRootDir(root))
                .stream()) {
            assertEquals(List.of("d0", "d1", "d2", "d3"), s.map(FsCodec::decode).sorted().toList());
        }
    }

    private static void write(String path) {
        try {
            Files.writeString(Path.of(path), "late");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
