package org.osprey.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;

/**
 * What run.sh checks before timing glob, fnmatch and mmap: how many matches a JVM peer finds (mmap: where the
 * needle is).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.osprey.bench.CountMain glob (osprey | files-find) TREE
 * java -cp bench/target/benchmarks.jar org.osprey.bench.CountMain fnmatch NAMES PATTERN
 * java -cp bench/target/benchmarks.jar org.osprey.bench.CountMain mmap (osprey | mapped-byte-buffer) FILE
 * </pre>
 */
public final class CountMain {
    private CountMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("glob")) {
            switch (args[1]) {
                case "osprey" -> System.out.println(Globs.osprey(Glob.get(), args[2]).size());
                case "files-find" -> System.out.println(Globs.filesFind(Path.of(args[2])).size());
                default -> usage();
            }
        } else if (args.length == 3 && args[0].equals("fnmatch")) {
            List<String> names = new ArrayList<>(List.of(Fixture.lines(args[1])));
            System.out.println(Fnmatch.get().filter(names, args[2]).size());
        } else if (args.length == 3 && args[0].equals("mmap")) {
            System.out.println(MmapBench.findIn(args[1].equals("osprey"), args[2]));
        } else {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: CountMain glob (osprey | files-find) TREE\n       CountMain fnmatch NAMES PATTERN\n"
                + "       CountMain mmap (osprey | mapped-byte-buffer) FILE");
        System.exit(2);
    }
}
