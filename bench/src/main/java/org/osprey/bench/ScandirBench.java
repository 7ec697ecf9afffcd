package org.osprey.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
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
import org.osprey.os.DirEntry;
import org.osprey.os.Os;
import org.osprey.os.ScandirIterator;

/** One listing of a single large directory per operation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScandirBench {
    @Param("")
    public String wide;

    private Os os;
    private Path dir;

    @Setup
    public void setup(BenchmarkParams params) {
        os = Fixture.osFor(params);
        dir = Path.of(Fixture.dir(wide, "wide"));
    }

    /** {@code for e in os.scandir(d): e.name, e.is_dir()}: the type comes from the directory entry. */
    @Benchmark
    public long ospreyScandir(Blackhole bh) throws IOException {
        long n = 0;
        try (ScandirIterator it = os.scandir(wide)) {
            for (DirEntry e : it) {
                bh.consume(e.name());
                bh.consume(e.isDir());
                n++;
            }
        }
        return n;
    }

    @Benchmark
    public long ospreyListdir(Blackhole bh) throws IOException {
        long n = 0;
        for (String name : os.listdir(wide)) {
            bh.consume(name);
            n++;
        }
        return n;
    }

    /** {@code Files.newDirectoryStream}, consuming each entry's file name as a String (as scandir gives). */
    @Benchmark
    public long nioDirectoryStream(Blackhole bh) throws IOException {
        long n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                bh.consume(p.getFileName().toString());
                n++;
            }
        }
        return n;
    }
}
