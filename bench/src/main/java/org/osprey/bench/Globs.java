package org.osprey.bench;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osprey.glob.Glob;
import org.osprey.glob.GlobOptions;

/** The recursive globs of {@code **}{@code /*.txt}, shared by {@link GlobBench} and {@link CountMain}. */
final class Globs {
    static final String PATTERN = "**/*.txt";

    private Globs() {
    }

    /** {@code glob.glob('**}{@code /*.txt', root_dir=root, recursive=True)}: paths relative to root. */
    static List<String> osprey(Glob glob, String root) throws IOException {
        return glob.glob(PATTERN, GlobOptions.DEFAULT.withRecursive(true).withRootDir(root));
    }

    /**
     * {@code Files.find} with a {@code glob:**}{@code /*.txt} matcher. It cannot prune, so it descends into hidden
     * directories too and drops what lies below them, to find what glob finds.
     */
    static List<Path> filesFind(Path root) throws IOException {
        PathMatcher txt = FileSystems.getDefault().getPathMatcher("glob:" + PATTERN);
        try (Stream<Path> s = Files.find(root, Integer.MAX_VALUE,
                (p, attrs) -> txt.matches(p) && !hidden(root.relativize(p)))) {
            return s.collect(Collectors.toList());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
