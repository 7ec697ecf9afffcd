package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.openjdk.jmh.infra.Blackhole;
import org.osprey.os.Os;

/**
 * The whole-process walk: start a JVM, walk DIR once, print how many entries were seen, exit. run.sh times it
 * against {@code python3 -c 'os.walk'} and {@code find}.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.osprey.bench.WalkMain (osprey | files-walk | walk-file-tree) DIR [N]</pre>
 * With N, an analysis aid: walks N more times after the first and prints to stderr, per walk, the wall time and
 * the thread's user and system CPU time (where the time goes: the JVM and the library, or the kernel), and the
 * time the first {@code Os.get()} took (loading the provider and its native stubs).
 */
public final class WalkMain {
    private WalkMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: WalkMain (osprey | files-walk | walk-file-tree) DIR [N]");
            System.exit(2);
        }
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        long n = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r <= repeats; r++) {
            long t0 = System.nanoTime();
            long u0 = mx.getCurrentThreadUserTime();
            long c0 = mx.getCurrentThreadCpuTime();
            switch (args[0]) {
                case "osprey" -> {
                    Os os = Os.get();
                    if (r == 0 && repeats > 0) {
                        System.err.printf("first Os.get(): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
                    }
                    n = Walks.osprey(os, args[1], bh);
                }
                case "files-walk" -> n = Walks.filesWalk(Path.of(args[1]), bh);
                case "walk-file-tree" -> n = Walks.walkFileTree(Path.of(args[1]), bh);
                default -> throw new IllegalArgumentException("unknown walker " + args[0]);
            }
            if (repeats > 0) {
                long user = mx.getCurrentThreadUserTime() - u0;
                long sys = mx.getCurrentThreadCpuTime() - c0 - user;
                System.err.printf("walk %d: %.1f ms wall, %.1f ms user, %.1f ms sys%n", r,
                        (System.nanoTime() - t0) / 1e6, user / 1e6, sys / 1e6);
            }
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        System.out.println(n);
    }
}
