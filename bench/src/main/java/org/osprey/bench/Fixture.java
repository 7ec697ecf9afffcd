package org.osprey.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osprey.os.Os;

/** What every benchmark shares: the Osprey facade, found as an application finds it, and the input lists. */
final class Fixture {
    private Fixture() {
    }

    /**
     * Osprey for the benchmarks named {@code osprey*}; {@code null} for the peers, whose JVM then never loads
     * the provider (and which still run in a tree that has no provider).
     */
    static Os osFor(org.openjdk.jmh.infra.BenchmarkParams params) {
        String b = params.getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1).startsWith("osprey") ? os() : null;
    }

    static Os os() {
        Os os = Os.get();
        // fail fast, with the provider's own message, rather than measuring an exception path
        try {
            os.stat(".");
        } catch (IOException e) {
            throw new IllegalStateException("Osprey cannot stat '.': " + e, e);
        }
        return os;
    }

    /** The paths of a list file written by run.sh: one per line, UTF-8 (the generated names are valid UTF-8). */
    static String[] lines(String listFile) throws IOException {
        if (listFile == null || listFile.isEmpty()) {
            throw new IllegalArgumentException("missing -p statList=FILE (run.sh writes it next to the tree)");
        }
        List<String> lines = Files.readAllLines(Path.of(listFile), StandardCharsets.UTF_8);
        lines.removeIf(String::isEmpty);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(listFile + " lists no paths");
        }
        return lines.toArray(new String[0]);
    }

    /**
     * Lays the inputs built so far out in memory in the order they were built, as the C loops' {@code strdup}ed
     * paths are: a full collection compacts the live objects in address order, and they stay put in the old
     * generation. Without it, G1's young collections copy the 10,000 strings and their byte arrays in the order
     * of their marking stack, scattered, and every call pays cache misses to reach its argument that the C loop
     * does not pay (measured in docs/BENCHMARKS.md: 5-7% of a stat). {@code -Dsettle=false} measures that case.
     */
    static void settle() {
        if (!"false".equals(System.getProperty("settle"))) {
            System.gc();
        }
    }

    static String dir(String param, String what) {
        if (param == null || param.isEmpty()) {
            throw new IllegalArgumentException("missing -p " + what + "=DIR");
        }
        if (!Files.isDirectory(Path.of(param))) {
            throw new IllegalArgumentException(what + "=" + param + " is not a directory");
        }
        return param;
    }
}
