package org.osprey.logging.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.logging.FileHandlerOptions;
import org.osprey.logging.Logging;
import org.osprey.testing.OpenFds;

/** WatchedFileHandler after {@code mv} and {@code rm} (real commands): the next record lands at the path. */
@DisabledOnOs(value = WINDOWS, disabledReason = "moves and removes the open log file with mv and rm, as POSIX log "
        + "rotators do; CPython documents WatchedFileHandler as not for Windows")
class WatchedFileHandlerTest {
    @TempDir
    Path dir;

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, p.waitFor(), String.join(" ", command));
    }

    @Test
    void afterMvTheNextRecordGoesToANewFileAtThePath() throws Exception {
        Path log = dir.resolve("app.log");
        try (WatchedFileHandler h = new WatchedFileHandler(log.toString())) {
            h.handle(Records.record(Logging.INFO, "before"));
            run("mv", log.toString(), dir.resolve("app.log.1").toString());
            h.handle(Records.record(Logging.INFO, "after"));
            h.handle(Records.record(Logging.INFO, "again"));
        }
        assertEquals("before\n", Files.readString(dir.resolve("app.log.1")));
        assertEquals("after\nagain\n", Files.readString(log));
        assertEquals(List.of(), OpenFds.under(dir));
    }

    @Test
    void afterRmTheNextRecordGoesToANewFileAtThePath() throws Exception {
        Path log = dir.resolve("app.log");
        try (WatchedFileHandler h = new WatchedFileHandler(log.toString())) {
            h.handle(Records.record(Logging.INFO, "lost with the file"));
            run("rm", log.toString());
            h.handle(Records.record(Logging.INFO, "after"));
        }
        assertEquals("after\n", Files.readString(log));
        assertEquals(List.of(), OpenFds.under(dir), "the deleted file's descriptor is closed too");
    }

    @Test
    void aFileReplacedInPlaceIsReopenedAndAnUntouchedOneIsNot() throws Exception {
        Path log = dir.resolve("app.log");
        try (WatchedFileHandler h = new WatchedFileHandler(log.toString())) {
            h.handle(Records.record(Logging.INFO, "one"));
            List<String> open = OpenFds.under(dir);
            h.handle(Records.record(Logging.INFO, "two"));
            assertEquals(List.of(log.toString()), open);
            assertEquals(open, OpenFds.under(dir), "same file, not reopened");
            Path other = dir.resolve("new");
            Files.writeString(other, "fresh\n");
            run("mv", other.toString(), log.toString());
            h.handle(Records.record(Logging.INFO, "three"));
        }
        assertEquals("fresh\nthree\n", Files.readString(log));
    }

    @Test
    void delayedOpenIsWatchedToo() throws Exception {
        Path log = dir.resolve("late.log");
        try (WatchedFileHandler h = new WatchedFileHandler(log.toString(),
                FileHandlerOptions.DEFAULT.withDelay(true))) {
            assertFalse(Files.exists(log));
            h.handle(Records.record(Logging.INFO, "first"));
            h.handle(Records.record(Logging.INFO, "second"));
            run("rm", log.toString());
            h.handle(Records.record(Logging.INFO, "third"));
        }
        assertEquals("third\n", Files.readString(log));
    }
}
