package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.openjdk.jmh.infra.Blackhole;
import org.osprey.os.Os;

/**
 * The whole-process walk: start a JVM, walk DIR once, print how many entries were seen, exit. run.sh times it
 * against {@code python3 -c 'os.walk'} and {@code find}.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.osprey.bench.WalkMain (osprey | files-walk | walk-file-tree) DIR</pre>
 */
public final class WalkMain {
    private WalkMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WalkMain (osprey | files-walk | walk-file-tree) DIR");
            System.exit(2);
        }
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        long n;
        switch (args[0]) {
            case "osprey" -> n = Walks.osprey(Os.get(), args[1], bh);
            case "files-walk" -> n = Walks.filesWalk(Path.of(args[1]), bh);
            case "walk-file-tree" -> n = Walks.walkFileTree(Path.of(args[1]), bh);
            default -> throw new IllegalArgumentException("unknown walker " + args[0]);
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        System.out.println(n);
    }
}
