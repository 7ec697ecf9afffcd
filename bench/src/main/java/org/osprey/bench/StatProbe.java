package org.osprey.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osprey.os.Os;

/**
 * An analysis tool, not a benchmark of record: splits the per-call cost of a stat into user and kernel time
 * (the thread's CPU clocks) and runs Osprey and java.nio A B A B in one warm JVM, which cancels the drift of a
 * shared machine better than separate forks do.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.osprey.bench.StatProbe LIST [slices] [ms-per-slice]</pre>
 * Prints, per variant, the median over slices of wall, user and system ns per call.
 */
public final class StatProbe {
    private StatProbe() {
    }

    interface Call {
        Object run(int i) throws IOException;
    }

    static volatile Object sink;

    public static void main(String[] args) throws IOException {
        String[] names = Fixture.lines(args[0]);
        int slices = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        long sliceNs = (args.length > 2 ? Long.parseLong(args[2]) : 1000) * 1_000_000L;
        Path[] paths = new Path[names.length];
        for (int k = 0; k < names.length; k++) {
            paths[k] = Path.of(names[k]);
        }
        Os os = Fixture.os();
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("osprey stat", i -> os.stat(names[i]));
        calls.put("nio Posix stat", i -> Files.readAttributes(paths[i], PosixFileAttributes.class));
        calls.put("osprey lstat", i -> os.lstat(names[i]));
        calls.put("nio Basic lstat", i -> Files.readAttributes(paths[i], BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int s = -3; s < slices; s++) { // three untimed slices each: JIT warm-up
            for (Map.Entry<String, Call> e : calls.entrySet()) {
                Call c = e.getValue();
                long n = 0;
                long u0 = mx.getCurrentThreadUserTime();
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long t;
                do {
                    for (int k = 0; k < names.length; k++) {
                        sink = c.run(k);
                    }
                    n += names.length;
                    t = System.nanoTime();
                } while (t - t0 < sliceNs);
                long user = mx.getCurrentThreadUserTime() - u0;
                long cpu = mx.getCurrentThreadCpuTime() - c0;
                if (s >= 0) {
                    results.computeIfAbsent(e.getKey(), x -> new ArrayList<>())
                            .add(new double[] {(t - t0) / (double) n, user / (double) n, (cpu - user) / (double) n});
                }
            }
        }
        System.out.printf("%-18s %9s %9s %9s  (ns per call, medians of %d interleaved slices)%n", "", "wall", "user",
                "sys", slices);
        for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
            System.out.printf("%-18s %9.0f %9.0f %9.0f%n", e.getKey(), median(e.getValue(), 0),
                    median(e.getValue(), 1), median(e.getValue(), 2));
        }
    }

    private static double median(List<double[]> rows, int col) {
        double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
        return v[v.length / 2];
    }
}
