package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
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
import org.osprey.os.Os;
import org.osprey.os.StatResult;

/**
 * One {@code stat}/{@code lstat} per operation, cycling through the same list of existing paths that the C and
 * CPython loops of run.sh use (files and directories of the generated tree, all in the dentry cache).
 * Osprey takes a {@code String} and java.nio a {@code Path}: each gets its natural argument, built once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StatBench {
    /** A file listing the paths to stat, one per line. */
    @Param("")
    public String statList;

    private Os os;
    private String[] names;
    private Path[] paths;
    private int i;

    @Setup
    public void setup(BenchmarkParams params) throws IOException {
        os = Fixture.osFor(params);
        names = Fixture.lines(statList);
        paths = new Path[names.length];
        for (int k = 0; k < names.length; k++) {
            paths[k] = Path.of(names[k]);
        }
        Fixture.settle();
    }

    private int next() {
        int k = i;
        i = k + 1 == names.length ? 0 : k + 1;
        return k;
    }

    @Benchmark
    public StatResult ospreyStat() throws IOException {
        return os.stat(names[next()]);
    }

    @Benchmark
    public StatResult ospreyLstat() throws IOException {
        return os.lstat(names[next()]);
    }

    /** The peer of {@code os.stat}: every field Python's stat_result has that nio can give, following links. */
    @Benchmark
    public PosixFileAttributes nioPosixStat() throws IOException {
        return Files.readAttributes(paths[next()], PosixFileAttributes.class);
    }

    /** The peer of {@code os.lstat}. */
    @Benchmark
    public BasicFileAttributes nioBasicLstat() throws IOException {
        return Files.readAttributes(paths[next()], BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
}
