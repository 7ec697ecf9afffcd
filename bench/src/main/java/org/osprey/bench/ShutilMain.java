package org.osprey.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JVM side of the shutil and copyfile parts.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.osprey.bench.ShutilMain once TOOL OP SRC DST
 * java -cp bench/target/benchmarks.jar org.osprey.bench.ShutilMain warm OP SRC DST TOOLS WARMUP RUNS OUTPREFIX \
 *     [--keep-going]
 * </pre>
 * TOOL is osprey, commonsio or nio; OP copytree, rmtree (of DST) or copyfile. {@code once}: one operation, for
 * the whole-process times (the caller checks and cleans up). {@code warm}: in one JVM, WARMUP untimed rounds
 * then RUNS timed rounds, each round doing the operation once with every tool of the comma-separated TOOLS, in
 * alternating order (A B C, C B A): every tool sees the same drift of a shared machine. Each operation follows
 * bench/scripts/fileops.py (untimed {@code cp -a} before each delete, untimed {@code rm -rf} after each copy,
 * an untimed copy right before each timed copyfile, every result checked); the ms of each timed operation go
 * to OUTPREFIX + OP_TOOL.txt, one per line. With --keep-going (run.sh --quick only) Osprey, if it throws (not
 * implemented yet, say), is reported in OUTPREFIX + OP_osprey.failed and dropped, and the exit status is 3;
 * otherwise, and for any peer, a failure ends the run.
 */
public final class ShutilMain {
    private ShutilMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 5 && args[0].equals("once")) {
            once(TreeOps.of(args[1]), args[2], Path.of(args[3]), Path.of(args[4]));
        } else if ((args.length == 8 || args.length == 9 && args[8].equals("--keep-going")) && args[0].equals("warm")) {
            List<TreeOps> tools = new ArrayList<>();
            for (String t : args[4].split(",")) {
                tools.add(TreeOps.of(t));
            }
            boolean failed = new Warm(args[1], Path.of(args[2]), Path.of(args[3]), args[7], args.length == 9)
                    .run(tools, Integer.parseInt(args[5]), Integer.parseInt(args[6]));
            if (failed) {
                System.exit(3);
            }
        } else {
            System.err.println("usage: ShutilMain once TOOL OP SRC DST\n"
                    + "       ShutilMain warm OP SRC DST TOOLS WARMUP RUNS OUTPREFIX [--keep-going]");
            System.exit(2);
        }
    }

    private static void once(TreeOps tool, String op, Path src, Path dst) throws IOException {
        switch (op) {
            case "copytree" -> tool.copytree(src, dst);
            case "rmtree" -> tool.rmtree(dst);
            case "copyfile" -> tool.copyfile(src, dst);
            default -> throw new IllegalArgumentException("unknown operation " + op);
        }
    }

    /** The warm, interleaved runs of one operation. */
    private static final class Warm {
        private final String op;
        private final Path src;
        private final Path dst;
        private final String outPrefix;
        private final boolean keepGoing;
        private final TreeOps.Census want;
        private final long wantBytes;
        private final Map<TreeOps, List<Double>> samples = new LinkedHashMap<>();

        Warm(String op, Path src, Path dst, String outPrefix, boolean keepGoing) throws IOException {
            this.op = op;
            this.src = src;
            this.dst = dst;
            this.outPrefix = outPrefix;
            this.keepGoing = keepGoing;
            boolean file = op.equals("copyfile");
            this.want = file ? null : TreeOps.Census.of(src);
            this.wantBytes = file ? Files.size(src) : -1;
        }

        /** Whether some tool failed (and was dropped). */
        boolean run(List<TreeOps> tools, int warmup, int runs) throws IOException {
            List<TreeOps> live = new ArrayList<>(tools);
            boolean failed = false;
            TreeOps.remove(dst);
            for (int r = 0; r < warmup + runs; r++) {
                List<TreeOps> order = new ArrayList<>(live);
                if (r % 2 == 1) {
                    Collections.reverse(order);
                }
                for (TreeOps tool : order) {
                    double ms;
                    try {
                        ms = timed(tool);
                    } catch (IOException | RuntimeException e) {
                        if (!keepGoing || tool != TreeOps.OSPREY) {
                            throw e;
                        }
                        StringWriter trace = new StringWriter();
                        e.printStackTrace(new PrintWriter(trace));
                        Files.writeString(Path.of(outPrefix + op + "_" + tool.id() + ".failed"), trace.toString());
                        System.err.printf("ShutilMain: %s %s failed: %s%n", tool.id(), op, e);
                        live.remove(tool);
                        failed = true;
                        TreeOps.remove(dst);
                        continue;
                    }
                    if (r >= warmup) {
                        samples.computeIfAbsent(tool, t -> new ArrayList<>()).add(ms);
                    }
                }
            }
            for (Map.Entry<TreeOps, List<Double>> e : samples.entrySet()) {
                StringBuilder text = new StringBuilder();
                e.getValue().forEach(ms -> text.append(String.format("%.1f%n", ms)));
                Files.writeString(Path.of(outPrefix + op + "_" + e.getKey().id() + ".txt"), text,
                        StandardCharsets.UTF_8);
            }
            return failed;
        }

        /** One checked operation with its untimed preparation and cleanup; the ms it took. */
        private double timed(TreeOps tool) throws IOException {
            long t0;
            long t1;
            switch (op) {
                case "copytree" -> {
                    t0 = System.nanoTime();
                    tool.copytree(src, dst);
                    t1 = System.nanoTime();
                    TreeOps.Census got = TreeOps.Census.of(dst);
                    if (!got.equals(want)) {
                        throw new IllegalStateException(tool.id() + " copied " + got + ", the source is " + want);
                    }
                    TreeOps.remove(dst);
                }
                case "rmtree" -> {
                    TreeOps.freshCopy(src, dst);
                    t0 = System.nanoTime();
                    tool.rmtree(dst);
                    t1 = System.nanoTime();
                    if (Files.exists(dst, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IllegalStateException(tool.id() + " left " + dst + " behind");
                    }
                }
                case "copyfile" -> {
                    tool.copyfile(src, dst);
                    Files.delete(dst);
                    t0 = System.nanoTime();
                    tool.copyfile(src, dst);
                    t1 = System.nanoTime();
                    if (Files.size(dst) != wantBytes) {
                        throw new IllegalStateException(tool.id() + " copied " + Files.size(dst) + " bytes of "
                                + wantBytes);
                    }
                    Files.delete(dst);
                }
                default -> throw new IllegalArgumentException("unknown operation " + op);
            }
            return (t1 - t0) / 1e6;
        }
    }
}
