package org.osprey.bench;

import java.io.IOException;
import java.util.List;

import org.osprey.subprocess.Popen;
import org.osprey.subprocess.PopenOptions;
import org.osprey.subprocess.Redirect;
import org.osprey.subprocess.Subprocess;

/**
 * The JVM side of the spawn part: starting children, warm, in-process.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.osprey.bench.SpawnMain spawn (osprey | pb) N WARMUP SAMPLES
 * java -cp bench/target/benchmarks.jar org.osprey.bench.SpawnMain communicate (osprey | pb) BYTES WARMUP SAMPLES
 * </pre>
 * {@code spawn}: N x ({@code /bin/true}, wait for it), as Osprey's {@code subprocess.run(["/bin/true"])} or
 * {@code new ProcessBuilder("/bin/true").start().waitFor()}. {@code communicate}: one child {@code head -c BYTES
 * /dev/zero} with {@code stdout} on a pipe, all of it read, as Osprey's {@code Popen(args, stdout=PIPE)} and
 * {@code communicate()} or ProcessBuilder's {@code getInputStream().readAllBytes()}. WARMUP untimed runs first (for
 * the JIT), then SAMPLES timed ones, each printing its seconds on a line. Every child inherits this JVM's
 * {@code stdin}, {@code stdout} (but in {@code communicate}) and {@code stderr}, as the C loop's and CPython's do:
 * the ProcessBuilder peer asks for that ({@code inheritIO}), since its default would make three pipes. Run with
 * {@code -Djdk.lang.Process.launchMechanism=VFORK}, {@code pb} is the VFORK peer. Any child that does not exit 0,
 * or a short read, ends the run with an exception (run.sh reports Osprey's as failed in --quick).
 */
public final class SpawnMain {
    private static final List<String> TRUE = List.of("/bin/true");

    private SpawnMain() {
    }

    /** One way to start a child; each checks that the child exited 0. */
    private interface Peer {
        void runTrue() throws IOException, InterruptedException;

        /** The bytes {@code args}' child wrote to its {@code stdout}. */
        byte[] communicate(List<String> args) throws IOException, InterruptedException;
    }

    private static final class Osprey implements Peer {
        private final Subprocess subprocess = Subprocess.get();
        private final PopenOptions<byte[]> stdoutPipe = PopenOptions.bytes().stdout(Redirect.PIPE);

        @Override
        public void runTrue() throws IOException {
            exited(subprocess.run(TRUE).returncode(), TRUE);
        }

        @Override
        public byte[] communicate(List<String> args) throws IOException {
            try (Popen<byte[]> p = subprocess.popen(args, stdoutPipe)) {
                byte[] out = p.communicate().stdout();
                exited(p.returncode(), args);
                return out;
            }
        }
    }

    private static final class Pb implements Peer {
        @Override
        public void runTrue() throws IOException, InterruptedException {
            exited(new ProcessBuilder(TRUE).inheritIO().start().waitFor(), TRUE);
        }

        @Override
        public byte[] communicate(List<String> args) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(args).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out;
            try (var stdout = p.getInputStream()) {
                out = stdout.readAllBytes();
            }
            exited(p.waitFor(), args);
            return out;
        }
    }

    private static void exited(int returncode, List<String> args) {
        if (returncode != 0) {
            throw new IllegalStateException(args + " exited " + returncode);
        }
    }

    /** One timed unit of work. */
    private interface Work {
        void run() throws IOException, InterruptedException;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 5 || !List.of("spawn", "communicate").contains(args[0])
                || !List.of("osprey", "pb").contains(args[1])) {
            System.err.println("usage: SpawnMain spawn (osprey | pb) N WARMUP SAMPLES\n"
                    + "       SpawnMain communicate (osprey | pb) BYTES WARMUP SAMPLES");
            System.exit(2);
        }
        Peer peer = args[1].equals("osprey") ? new Osprey() : new Pb();
        long count = Long.parseLong(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int samples = Integer.parseInt(args[4]);
        List<String> head = List.of("head", "-c", args[2], "/dev/zero");
        Work work = args[0].equals("spawn") ? () -> {
            for (long i = 0; i < count; i++) {
                peer.runTrue();
            }
        } : () -> {
            int got = peer.communicate(head).length;
            if (got != count) {
                throw new IllegalStateException(head + " gave " + got + " bytes");
            }
        };
        for (int r = 0; r < warmup + samples; r++) {
            long t0 = System.nanoTime();
            work.run();
            long t1 = System.nanoTime();
            if (r >= warmup) {
                System.out.printf("%.4f%n", (t1 - t0) / 1e9);
            }
        }
        System.err.printf("SpawnMain: %s %s %d, %d warm-up + %d timed, launch mechanism %s%n", args[0], args[1],
                count, warmup, samples, System.getProperty("jdk.lang.Process.launchMechanism", "default"));
    }
}
