package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * A whole walk of the generated tree per operation. Every walker hands every entry to the caller: Osprey's
 * {@code os.walk} every dirpath and name, {@code Files.walk} every {@code Path}, {@code walkFileTree} every
 * visited directory and file. Each returns the number of entries it saw, which run.sh checks against the tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WalkBench {
    @Param("")
    public String tree;

    private Os os;
    private Path root;

    @Setup
    public void setup(BenchmarkParams params) {
        os = Fixture.osFor(params);
        root = Path.of(Fixture.dir(tree, "tree"));
    }

    /** {@code for dirpath, dirnames, filenames in os.walk(tree)}, touching every name. */
    @Benchmark
    public long ospreyWalk(Blackhole bh) {
        return Walks.osprey(os, tree, bh);
    }

    /** A recursive {@code os.scandir} of the tree: each entry's name and {@code is_dir(follow_symlinks=False)}. */
    @Benchmark
    public long ospreyScandirTree(Blackhole bh) throws OsException {
        return Walks.ospreyScandirTree(os, tree, bh);
    }

    /** {@code Files.walk(tree)}, consuming every path (it reads each entry's attributes to find directories). */
    @Benchmark
    public long nioFilesWalk(Blackhole bh) throws IOException {
        return Walks.filesWalk(root, bh);
    }

    @Benchmark
    public long nioWalkFileTree(Blackhole bh) throws IOException {
        return Walks.walkFileTree(root, bh);
    }
}
