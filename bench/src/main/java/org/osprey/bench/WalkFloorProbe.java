package org.osprey.bench;

import java.util.ArrayDeque;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.OsProvider;

/**
 * An analysis aid, not part of run.sh's table: how much of {@code os.walk}'s time is the provider and how
 * much the API layer above it. {@code providerCursorWalk} walks the same tree straight over the provider's
 * {@link DirStream} cursor (one String per name, a path String per directory, no DirEntry, no lists), as a
 * Walker built on the SPI could; {@code ospreyWalk} is the real {@code os.walk}, measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WalkFloorProbe {
    @Param("")
    public String tree;

    private Os os;
    private OsProvider provider;

    @Setup
    public void setup() {
        os = Fixture.os();
        for (OsProvider p : ServiceLoader.load(OsProvider.class)) {
            if (p.isUsable() && (provider == null || p.rank() > provider.rank())) {
                provider = p;
            }
        }
        Fixture.dir(tree, "tree");
    }

    @Benchmark
    public long ospreyWalk(Blackhole bh) {
        return Walks.osprey(os, tree, bh);
    }

    @Benchmark
    public long providerCursorWalk(Blackhole bh) throws OsException {
        long n = 0;
        ArrayDeque<String> stack = new ArrayDeque<>();
        stack.push(tree);
        while (!stack.isEmpty()) {
            String dir = stack.pop();
            bh.consume(dir);
            String prefix = dir.endsWith("/") ? dir : dir + "/";
            try (DirStream d = provider.files().opendir(dir)) {
                while (d.next()) {
                    String name = d.name();
                    bh.consume(name);
                    n++;
                    if (d.type() == DirStream.TYPE_DIR) {
                        stack.push(prefix.concat(name));
                    }
                }
            }
        }
        return n;
    }
}
