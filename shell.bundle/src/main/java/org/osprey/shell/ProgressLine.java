package org.osprey.shell;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.osprey.shutil.Progress;

/**
 * A long {@code shutil} command's progress on one terminal line, rewritten in place ({@code \r}) at most a few times
 * a second: files, bytes in binary units and the rate ({@code copytree: 12 files, 3.4 MiB, 1.1 MiB/s}). Without a
 * terminal it draws nothing but is still the command's listener, so that kernel copies go by chunks a Ctrl-C can
 * stop between. Closing it erases the line, so that what the command prints next starts on a clean one.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private static final long REDRAW_NANOS = 250_000_000L;
    /** A file at least this big shows its own percentage. */
    private static final long BIG_FILE = 8L << 20;

    private final String label;
    private final PrintStream terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw;
    private int drawnWidth;
    private long files;
    private long entries;
    private long bytes;
    private long fileSize = -1;
    private long fileDone;

    /** {@code terminal} null: counts only. */
    ProgressLine(String label, PrintStream terminal, LongSupplier clock) {
        this.label = label;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDraw = start;
    }

    @Override
    public void file(String path, long size) {
        files++;
        fileSize = size;
        fileDone = 0;
        maybeDraw();
    }

    @Override
    public void bytes(long n) {
        bytes += n;
        fileDone += n;
        maybeDraw();
    }

    @Override
    public void entry(String path) {
        entries++;
        maybeDraw();
    }

    private void maybeDraw() {
        if (terminal == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = format(label, files, entries, bytes, now - start, fileDone, fileSize);
        // spaces over what a longer line before left
        terminal.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        terminal.flush();
        drawnWidth = line.length();
    }

    /** Erases the line, if one was drawn. */
    @Override
    public void close() {
        if (terminal != null && drawnWidth > 0) {
            terminal.print("\r" + " ".repeat(drawnWidth) + "\r");
            terminal.flush();
            drawnWidth = 0;
        }
    }

    /**
     * The line: with bytes copied, the files, the bytes and the byte rate (and a big file's own percentage while it
     * is copied); without (rmtree), the entries and their rate.
     */
    static String format(String label, long files, long entries, long bytes, long nanos, long fileDone,
            long fileSize) {
        double seconds = Math.max(nanos, 1) / 1e9;
        if (bytes == 0 && files == 0) {
            return String.format(Locale.ROOT, "%s: %d %s, %.0f/s", label, entries, entries == 1 ? "entry" : "entries",
                    entries / seconds);
        }
        StringBuilder line = new StringBuilder(label).append(": ").append(files)
                .append(files == 1 ? " file, " : " files, ").append(Units.bytes(bytes)).append(", ").append(Units.bytes((long) (bytes / seconds))).append("/s");
        if (fileSize >= BIG_FILE && fileDone < fileSize) {
            line.append(" (").append(100 * fileDone / fileSize).append("% of ").append(Units.bytes(fileSize))
                    .append(')');
        }
        return line.toString();
    }
}
