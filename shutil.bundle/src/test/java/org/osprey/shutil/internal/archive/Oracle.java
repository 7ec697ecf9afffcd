package org.osprey.shutil.internal.archive;

import java.nio.file.Path;
import java.util.List;

import org.osprey.testing.Python;

/**
 * The real python3 {@code shutil} as the reference, through {@code src/test/python/archive_oracle.py}. Python 3.13
 * from pyenv is preferred (its {@code unpack_archive} has every PEP 706 filter); else {@code python3}.
 */
final class Oracle {
    private static final Path SCRIPT = Path.of("src/test/python/archive_oracle.py").toAbsolutePath();

    private Oracle() {
    }

    /** The script's output lines; fails the test if it fails. Arguments are passed as file-system bytes. */
    static List<String> run(String... args) {
        String out = Python.MODERN.runFile(SCRIPT, args);
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }

    static void build(String dir, String variant) {
        run("build", dir, variant);
    }

    static String make(String baseName, String format, String rootDir) {
        return run("make", baseName, format, rootDir).get(0);
    }

    static void unpack(String file, String dir, String filter) {
        run("unpack", file, dir, filter);
    }

    static List<String> describe(String dir, boolean withMtime) {
        return withMtime ? run("describe", dir) : run("describe", dir, "nomtime");
    }
}
