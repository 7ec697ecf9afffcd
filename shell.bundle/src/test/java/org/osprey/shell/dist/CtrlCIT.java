package org.osprey.shell.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.shutil.Shutil;

/**
 * Ctrl-C during a long copy, as a person gives it: the exported jar copies a large tree as a process, SIGINT is
 * sent to it once its progress line shows, and the command stops cleanly: a {@code KeyboardInterrupt} line saying
 * what was in progress and what is left, status 130 in one-command mode, the interactive shell going on to its next
 * command, and no partly written file under a final name that the message does not own up to.
 */
class CtrlCIT {
    private static final Path JAR = Path.of(System.getProperty("osprey.shell.jar", "target/osprey-shell.jar"));
    private static final Pattern STOPPED = Pattern.compile("KeyboardInterrupt: interrupted while copying '([^']*)' "
            + "to '([^']*)' after \\d+ of \\d+ bytes; the partial '\\2' was removed; what was copied before stays "
            + "in '([^']*)'");
    private static final Pattern STOPPED_BETWEEN_FILES = Pattern.compile("KeyboardInterrupt: interrupted while "
            + "copying '([^']*)' to '([^']*)'; what was copied before stays in '([^']*)'");

    private final Os os = Os.get();

    @TempDir
    Path dir;

    private record Ended(int status, String out, String err) {
    }

    /** A tree of {@code files} files of 1 MiB: long enough to copy that the progress line shows first. */
    private Path tree(int files) throws IOException {
        Shutil.of(os).rmtree(dir.toString()); // the smaller tree and copy of a missed try: a few GiB at most at once
        Path src = Files.createDirectories(dir.resolve("src" + files + "/sub"));
        byte[] mib = new byte[1 << 20];
        for (int i = 0; i < files; i++) {
            mib[0] = (byte) i;
            Files.write(src.resolve("f" + i), mib);
        }
        return src.getParent();
    }

    /**
     * Runs the jar with {@code args} (and {@code input}), sends SIGINT once stderr shows the progress line, and
     * waits for the end; null if the command ended before the line showed (the tree was too small to catch).
     */
    private Ended interruptOnceTheLineShows(String input, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("OSPREY_PROGRESS", "1"); // stderr is a file here: ask for the line anyway
        Process p = pb.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean sent = false;
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (Files.readString(err).contains("\rcopytree: ")) {
                os.kill(p.pid(), os.SIGINT());
                sent = true;
                break;
            }
            Thread.sleep(5);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell did not end: " + cmd);
        Ended ended = new Ended(p.exitValue(), Files.readString(out), Files.readString(err));
        return sent ? ended : null;
    }

    /** Each file below {@code root} with its size. */
    private static Map<String, Long> sizes(Path root) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                sizes.put(root.relativize(p).toString(), Files.size(p));
            }
        }
        return sizes;
    }

    /**
     * The KeyboardInterrupt line names the file in progress: removed if partial, else not begun; every file in the
     * copy is whole.
     */
    private static void onlyWholeFilesLeft(String err, Path src, Path dst) throws IOException {
        Matcher found = STOPPED.matcher(err);
        if (!found.find()) {
            found = STOPPED_BETWEEN_FILES.matcher(err);
            assertTrue(found.find(), "the KeyboardInterrupt line: " + err);
        }
        assertEquals(dst.toString(), found.group(3));
        assertTrue(found.group(2).startsWith(dst + "/"), found.group(2));
        assertFalse(Files.exists(Path.of(found.group(2))), "the file in progress is not left: " + found.group(2));
        Map<String, Long> whole = sizes(src);
        Map<String, Long> copied = sizes(dst);
        assertTrue(copied.size() < whole.size(), "stopped before the end: " + copied.size() + " files");
        copied.forEach((file, size) -> assertEquals(whole.get(file), size, file + " is whole"));
    }

    @Test
    void oneCommandStopsWithKeyboardInterruptAndStatus130() throws Exception {
        for (int files = 300; files <= 2400; files *= 2) {
            Path src = tree(files);
            Path dst = dir.resolve("dst" + files);
            Ended e = interruptOnceTheLineShows("", "shutil:copytree", src.toString(), dst.toString());
            if (e == null || e.status() == 0) {
                continue; // copied before the line showed or the signal came: try a bigger tree
            }
            assertEquals(130, e.status(), e.err());
            assertEquals("", e.out());
            String[] lines = e.err().split("\n", -1);
            assertEquals(2, lines.length, "one line, then nothing: " + e.err());
            assertTrue(lines[0].startsWith("\rcopytree: "), lines[0]);
            // the progress line is erased before the message, which starts on a clean line
            assertTrue(lines[0].matches("(?s).*\r +\rKeyboardInterrupt: [^\r]*"), lines[0]);
            onlyWholeFilesLeft(e.err(), src, dst);
            return;
        }
        throw new AssertionError("every tree was copied before its progress line showed");
    }

    @Test
    void theInteractiveShellGoesOnToTheNextCommand() throws Exception {
        for (int files = 300; files <= 2400; files *= 2) {
            Path src = tree(files);
            Path dst = dir.resolve("dst" + files);
            Ended e = interruptOnceTheLineShows("shutil:copytree " + src + " " + dst + "\nos:listdir " + src
                    + "\n");
            if (e == null || e.out().contains("g! " + dst + "\n")) {
                continue; // copied before the line showed or the signal came (copytree printed its result)
            }
            assertEquals(0, e.status(), e.err());
            assertTrue((e.out() + e.err()).contains("KeyboardInterrupt: interrupted while copying"),
                    e.out() + e.err());
            assertTrue(e.out().contains("sub"), "the next command ran: " + e.out());
            onlyWholeFilesLeft(e.out() + e.err(), src, dst);
            return;
        }
        throw new AssertionError("every tree was copied before its progress line showed");
    }
}
