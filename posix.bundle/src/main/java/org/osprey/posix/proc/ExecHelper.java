package org.osprey.posix.proc;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osprey.os.SpawnOptions;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.natives.NativeCache;

/**
 * {@code osprey-exec}, the small C program (built with the bundle where a C compiler is, from
 * {@code src/main/c/osprey-exec.c}) that sets what {@code posix_spawn} has no attribute for, a child's groups, group,
 * user and umask, then execs the program: as the JDK starts its {@code jspawnhelper}. Copied once into the
 * {@link NativeCache}, on first use.
 */
final class ExecHelper {
    private static final String NAME = "osprey-exec";
    private static final String UNSET = "-";

    private static Path path;

    private ExecHelper() {
    }

    /**
     * The helper's file.
     *
     * @throws UnsupportedOperationException where the bundle has none for this platform or it cannot be copied
     */
    static synchronized Path path() {
        if (path == null) {
            URL program = ExecHelper.class.getResource("/META-INF/native/" + platform() + "/" + NAME);
            if (program == null) {
                throw Unsupported.of("posix_spawn with umask, user, group or groups", "this build of "
                        + "org.osprey.posix has no " + NAME + " for " + platform()
                        + " (it is compiled only where the build finds a C compiler, /usr/bin/cc)");
            }
            Path file = NativeCache.file(NAME, NAME, program, true);
            if (file == null) {
                throw Unsupported.of("posix_spawn with umask, user, group or groups", "no private cache directory "
                        + "to copy " + NAME + " into (see the system property osprey.native.cache)");
            }
            path = file;
        }
        return path;
    }

    /** {@code os-arch} as the build names its folder: {@code linux-x86_64}, {@code darwin-aarch64}. */
    private static String platform() {
        String os = System.getProperty("os.name").startsWith("Mac") ? "darwin"
                : System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "arm64", "aarch64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
        return os + "-" + arch;
    }

    /** A {@code uid_t} or {@code gid_t} (not -1, which means "unchanged"); Python's OverflowError beyond one. */
    private static String id(long id) {
        if (id < 0 || id >= 0xffff_ffffL) {
            throw new ArithmeticException("id " + id + " out of range of uid_t/gid_t");
        }
        return Long.toString(id);
    }

    /**
     * The helper's argv: report descriptor, umask, user, group, groups, the {@code PATH} to search
     * ({@code searchPath} null: none), the program and its {@code args} (see {@code osprey-exec.c}).
     */
    static List<String> argv(int reportFd, SpawnOptions options, String searchPath, String file,
            List<String> args) {
        List<String> argv = new ArrayList<>();
        argv.add(NAME);
        argv.add(Integer.toString(reportFd));
        argv.add(options.umask() == null ? UNSET : Integer.toString(options.umask() & 0777));
        argv.add(options.uid() == null ? UNSET : id(options.uid()));
        argv.add(options.gid() == null ? UNSET : id(options.gid()));
        if (options.groups() == null) {
            argv.add(UNSET);
        } else {
            argv.add(Integer.toString(options.groups().size()));
            options.groups().forEach(g -> argv.add(id(g)));
        }
        argv.add(searchPath == null ? UNSET : searchPath);
        argv.add(file);
        argv.addAll(args);
        return argv;
    }
}
