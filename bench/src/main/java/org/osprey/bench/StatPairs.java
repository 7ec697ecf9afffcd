package org.osprey.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Arrays;
import java.util.Locale;

import org.osprey.os.Os;

/**
 * The stat targets as paired samples. The kernel's cost of these deep-path stats drifts by 20-40% within
 * seconds on this kind of machine (a shared host), more than the 15% a target allows, so calls compare only
 * with calls made at the same moment. One warm JVM and one warm C process ({@code statloop --lockstep}) take
 * turns: each round is one pass over the list by the C loop, by Osprey and by java.nio (the order rotates from
 * round to round), about 50 ms each, and every round gives one ratio. The ratios' median and its 95%
 * confidence interval (order statistics, no assumption on the distribution) are the result. The inputs of both
 * JVM peers are {@link Fixture#settle() settled} in list order, as the C loop's are.
 *
 * <pre>java -cp benchmarks.jar org.osprey.bench.StatPairs STATLOOP LIST (stat|lstat) [rounds] [raw-out]</pre>
 * Prints the medians (ns per call) and the median ratios with their intervals; {@code raw-out} gets one line per
 * round.
 */
public final class StatPairs {
    private static final int WARM_ROUNDS = 30;

    private StatPairs() {
    }

    interface Call {
        Object run(int i) throws IOException;
    }

    static volatile Object sink;

    public static void main(String[] args) throws IOException, InterruptedException {
        String statloop = args[0];
        String list = args[1];
        String which = args[2];
        boolean follow = switch (which) {
            case "stat" -> true;
            case "lstat" -> false;
            default -> throw new IllegalArgumentException("stat or lstat, not " + which);
        };
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 101;
        String[] names = Fixture.lines(list);
        Path[] paths = Arrays.stream(names).map(Path::of).toArray(Path[]::new);
        Fixture.settle();
        Os os = Fixture.os();
        Call osprey = follow ? i -> os.stat(names[i]) : i -> os.lstat(names[i]);
        Call nio = follow ? i -> Files.readAttributes(paths[i], PosixFileAttributes.class)
                : i -> Files.readAttributes(paths[i], BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // -Dnio=false leaves java.nio out, so that a profiler sees Osprey alone in this JVM
        boolean withNio = !"false".equals(System.getProperty("nio"));
        Process c = new ProcessBuilder(statloop, which, list, "--lockstep")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double[][] t = new double[3][rounds]; // C, Osprey, nio
        try (Writer toC = new OutputStreamWriter(c.getOutputStream(), StandardCharsets.US_ASCII);
                BufferedReader fromC = new BufferedReader(
                        new InputStreamReader(c.getInputStream(), StandardCharsets.US_ASCII))) {
            for (int r = -WARM_ROUNDS; r < rounds; r++) {
                for (int k = 0; k < 3; k++) {
                    int who = Math.floorMod(r + k, 3); // C O N, O N C, N C O, ...
                    double ns = switch (who) {
                        case 0 -> cPass(toC, fromC);
                        case 1 -> pass(osprey, names.length);
                        default -> withNio ? pass(nio, names.length) : Double.NaN;
                    };
                    if (r >= 0) {
                        t[who][r] = ns;
                    }
                }
            }
        }
        if (c.waitFor() != 0) {
            throw new IOException(statloop + " failed (exit " + c.exitValue() + "): is every path of " + list
                    + " there?");
        }
        if (args.length > 4) {
            try (Writer raw = Files.newBufferedWriter(Path.of(args[4]))) {
                raw.write("round c osprey nio\n");
                for (int r = 0; r < rounds; r++) {
                    raw.write(String.format(Locale.ROOT, "%d %.1f %.1f %.1f%n", r, t[0][r], t[1][r], t[2][r]));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s, %d rounds: C %.0f ns, Osprey %.0f ns, nio %.0f ns (medians)%n", which,
                rounds, median(t[0]), median(t[1]), median(t[2]));
        System.out.println("osprey/C   " + ratio(t[1], t[0]));
        System.out.println("osprey/nio " + ratio(t[1], t[2]));
    }

    /** One pass over the list; ns per call. */
    private static double pass(Call call, int n) throws IOException {
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) {
            sink = call.run(k);
        }
        return (System.nanoTime() - t0) / (double) n;
    }

    private static double cPass(Writer toC, BufferedReader fromC) throws IOException {
        toC.write("go\n");
        toC.flush();
        String line = fromC.readLine();
        if (line == null) {
            throw new IOException("statloop ended early");
        }
        return Double.parseDouble(line);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The median of the per-round ratios a/b and a distribution-free 95% interval for it. */
    private static String ratio(double[] a, double[] b) {
        int n = a.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a[i] / b[i];
        }
        Arrays.sort(r);
        int half = (int) Math.ceil(1.96 * Math.sqrt(n) / 2);
        int lo = Math.max(0, n / 2 - half);
        int hi = Math.min(n - 1, n / 2 + half);
        return String.format(Locale.ROOT, "%.3f (95%% CI %.3f-%.3f; quartiles %.3f-%.3f)", r[n / 2], r[lo], r[hi],
                r[n / 4], r[3 * n / 4]);
    }
}
