package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
import org.osprey.glob.Glob;

/**
 * One recursive glob of {@code **}{@code /*.txt} over the glob tree per operation (the walk tree's twin with
 * hidden names); each returns the list of what it found, which run.sh checks against CPython's and find's count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GlobBench {
    @Param("")
    public String globTree;

    private Glob glob;
    private Path root;

    @Setup
    public void setup(BenchmarkParams params) {
        glob = Fixture.osFor(params) == null ? null : Glob.get();
        root = Path.of(Fixture.dir(globTree, "globTree"));
    }

    /** {@code glob.glob('**}{@code /*.txt', root_dir=tree, recursive=True)}. */
    @Benchmark
    public List<String> ospreyGlob() throws IOException {
        return Globs.osprey(glob, globTree);
    }

    /** {@code Files.find(tree, MAX, matcher)} collected into a list, hidden names dropped. */
    @Benchmark
    public List<Path> nioFilesFind() throws IOException {
        return Globs.filesFind(root);
    }
}
