package org.osprey.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * This process's open file descriptors, as Linux lists them in {@code /proc/self/fd}: what leak tests count. Where
 * there is no {@code /proc} (macOS, Windows) each query aborts the test that asks, which JUnit reports as skipped
 * with the reason, so that a leak check never passes unchecked there.
 */
public final class OpenFds {
    private static final Path FDS = Path.of("/proc/self/fd");

    private OpenFds() {
    }

    /** Whether descriptors can be listed here (Linux's {@code /proc}). */
    public static boolean available() {
        return Files.isDirectory(FDS);
    }

    /**
     * How many descriptors are open, not counting the JVM's jar files: loading a class for the first time may
     * open one at any moment and keep it, which is not a leak of the code under test.
     */
    public static long count() {
        return targets().stream().filter(t -> !t.endsWith(".jar")).count();
    }

    /**
     * Each open descriptor with what it is open on ({@code "5 pipe:[123]"}), but the JVM's jars and sockets,
     * directory listings of /proc and cgroup files: the test JVM may open any of those at any moment (a class
     * loaded, surefire's channel, the container support reading its memory limit), which is not a leak of the code
     * under test.
     */
    public static List<String> described() {
        requireProc();
        List<String> open = new ArrayList<>();
        try (Stream<Path> fds = Files.list(FDS)) {
            for (Path fd : fds.toList()) {
                String target = target(Integer.parseInt(fd.getFileName().toString()));
                if (target != null && !target.endsWith(".jar") && !target.startsWith("socket:")
                        && !target.matches("/proc/\\d+/(fd|task)") && !target.startsWith("/sys/fs/cgroup/")) {
                    open.add(fd.getFileName() + " " + target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.sort(null);
        return open;
    }

    /**
     * How many descriptors are open on {@code file}: a leak check of what opens that file, which, unlike a count of
     * all descriptors, nothing else the JVM opens meanwhile can disturb.
     */
    public static long on(Path file) {
        return described().stream().filter(fd -> fd.endsWith(" " + file)).count();
    }

    /**
     * What {@link #described()} lists now and did not in {@code before}: the descriptors opened since and still
     * open. (One in {@code before} that is gone was closed meanwhile, perhaps by the collector cleaning up after an
     * earlier test: not a leak of the code under test.)
     */
    public static List<String> openedSince(List<String> before) {
        List<String> now = described();
        now.removeAll(before);
        return now;
    }

    /**
     * The sockets open now (their {@code socket:[inode]}), which {@link #described()} leaves out: a socket test
     * compares two of these sets, since a count may also fall while other descriptors close in the background.
     */
    public static java.util.Set<String> sockets() {
        java.util.Set<String> sockets = new java.util.TreeSet<>(targets());
        sockets.removeIf(t -> !t.startsWith("socket:"));
        return sockets;
    }

    /** {@link #sockets()} opened since {@code before} and still open: a leak of a socket test. */
    public static java.util.Set<String> socketsOpenedSince(java.util.Set<String> before) {
        java.util.Set<String> now = sockets();
        now.removeAll(before);
        return now;
    }

    /** The pids of this process's children (of every thread), from {@code /proc/self/task/N/children}. */
    public static List<String> children() {
        requireProc();
        List<String> all = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String s = Files.readString(task.resolve("children")).strip();
                    if (!s.isEmpty()) {
                        all.addAll(List.of(s.split(" ")));
                    }
                } catch (NoSuchFileException gone) {
                    // a thread ended while listing
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(null);
        return all;
    }

    /** What the open descriptors refer to under {@code dir}. */
    public static List<String> under(Path dir) {
        return targets().stream().filter(t -> t.startsWith(dir.toString())).toList();
    }

    /** What descriptor {@code fd} is open on, or null if it is closed. */
    public static String target(int fd) {
        requireProc();
        try {
            return Files.readSymbolicLink(FDS.resolve(Integer.toString(fd))).toString();
        } catch (NoSuchFileException closed) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The open flags of {@code fd}, from {@code /proc/self/fdinfo}. */
    public static int flags(int fd) throws IOException {
        requireProc();
        for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo", Integer.toString(fd)))) {
            if (line.startsWith("flags:")) {
                return Integer.parseInt(line.substring("flags:".length()).trim(), 8);
            }
        }
        throw new IllegalStateException("no flags for fd " + fd);
    }

    private static void requireProc() {
        Assumptions.assumeTrue(available(), "counts descriptors in Linux's /proc/self/fd, which this OS lacks");
    }

    private static List<String> targets() {
        requireProc();
        List<String> targets = new ArrayList<>();
        try (Stream<Path> fds = Files.list(FDS)) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException closedMeanwhile) {
                    // the listing's own descriptor, gone by now
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return targets;
    }
}
