package org.osprey.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.shutil.Shutil;

/** The shell's progress line: its text, its throttling, its erasing, and when it shows. */
class ProgressLineTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    @Test
    void filesBytesAndRateInBinaryUnits() {
        assertEquals("copytree: 12 files, 3.0 MiB, 1.5 MiB/s",
                ProgressLine.format("copytree", 12, 15, 3L << 20, 2 * SECOND, 0, 1000));
        assertEquals("copy: 1 file, 512 B, 256 B/s", ProgressLine.format("copy", 1, 0, 512, 2 * SECOND, 512, 512));
    }

    @Test
    void aBigFileShowsItsOwnPercentageWhileItIsCopied() {
        assertEquals("copy: 1 file, 40.0 MiB, 40.0 MiB/s (40% of 100.0 MiB)",
                ProgressLine.format("copy", 1, 0, 40L << 20, SECOND, 40L << 20, 100L << 20));
        assertEquals("copy: 1 file, 100.0 MiB, 50.0 MiB/s",
                ProgressLine.format("copy", 1, 1, 100L << 20, 2 * SECOND, 100L << 20, 100L << 20));
    }

    @Test
    void withoutBytesEntriesAndTheirRate() {
        assertEquals("rmtree: 300 entries, 150/s", ProgressLine.format("rmtree", 0, 300, 0, 2 * SECOND, 0, -1));
        assertEquals("rmtree: 1 entry, 1/s", ProgressLine.format("rmtree", 0, 1, 0, SECOND, 0, -1));
    }

    @Test
    void drawsAtMostFourTimesASecondInPlaceAndErasesItself() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        try (ProgressLine line = new ProgressLine("copytree", new PrintStream(terminal, true), now::get)) {
            line.file("a", 10);
            line.bytes(10);
            line.entry("a");
            assertEquals("", text(terminal), "nothing before a quarter of a second");
            now.set(SECOND / 4);
            line.entry("b");
            assertEquals("\rcopytree: 1 file, 10 B, 40 B/s", text(terminal));
            now.addAndGet(SECOND / 10);
            line.entry("c");
            assertEquals("\rcopytree: 1 file, 10 B, 40 B/s", text(terminal), "throttled");
        }
        String drawn = "copytree: 1 file, 10 B, 40 B/s";
        assertEquals("\r" + drawn + "\r" + " ".repeat(drawn.length()) + "\r", text(terminal));
    }

    @Test
    void aShorterLineCoversTheLongerOneBefore() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine("x", new PrintStream(terminal, true), now::get);
        now.set(SECOND);
        line.file("big", 100L << 20);
        String first = text(terminal);
        now.addAndGet(SECOND);
        line.bytes(100L << 20);
        String second = text(terminal).substring(first.length());
        assertEquals(first.length(), second.length(), "the same width: " + first + " / " + second);
        assertTrue(second.startsWith("\rx: 1 file, 100.0 MiB, 50.0 MiB/s "), second);
    }

    @Test
    void showsOnATerminalOrWhenAsked() {
        assertTrue(ShutilCommands.showProgress(null, true));
        assertFalse(ShutilCommands.showProgress(null, false));
        assertTrue(ShutilCommands.showProgress("1", false));
        assertFalse(ShutilCommands.showProgress("0", true));
    }

    @Test
    void commandsStillWorkWithTheirSilentLine() throws Exception {
        ShutilCommands commands = new ShutilCommands(Shutil.get());
        Files.createDirectories(dir.resolve("src/sub"));
        Files.write(dir.resolve("src/sub/f"), new byte[100_000]);
        String archive = commands.make_archive(dir.resolve("a").toString(), "gztar", dir.resolve("src").toString());
        commands.unpack_archive(archive, dir.resolve("out").toString());
        assertEquals(100_000, Files.size(dir.resolve("out/sub/f")));
        commands.copytree(dir.resolve("src").toString(), dir.resolve("copy").toString());
        commands.rmtree(dir.resolve("copy").toString());
        assertFalse(Files.exists(dir.resolve("copy")));
    }

    private static String text(ByteArrayOutputStream terminal) {
        return terminal.toString(StandardCharsets.UTF_8);
    }
}
