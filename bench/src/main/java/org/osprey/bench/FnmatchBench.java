package org.osprey.bench;

import java.io.IOException;
import java.util.ArrayList;
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
import org.osprey.fnmatch.Fnmatch;

/**
 * {@code fnmatch.filter(names, pattern)} of the generated names (a million by default) per operation; the
 * C loop (bench/native/fnmatchloop.c) and CPython filter the same list with the same patterns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FnmatchBench {
    /** A file of names, one per line (run.sh: names.txt beside the trees). */
    @Param("")
    public String names;

    @Param({"*.txt", "*a*b*c*", "[a-f]*_??.log", "*.[ch]"})
    public String pattern;

    private Fnmatch fnmatch;
    private List<String> list;

    @Setup
    public void setup() throws IOException {
        fnmatch = Fnmatch.get();
        list = new ArrayList<>(List.of(Fixture.lines(names)));
    }

    @Benchmark
    public List<String> ospreyFilter() {
        return fnmatch.filter(list, pattern);
    }
}
