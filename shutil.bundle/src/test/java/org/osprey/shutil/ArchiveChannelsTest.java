package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;

/**
 * Making and unpacking archives closes every channel it opens: none is left for the garbage collector, which would
 * close it and say so (a WARNING of the {@code org.osprey.os} logger).
 */
class ArchiveChannelsTest {
    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);
    @TempDir
    Path tmp;

    @Test
    void noChannelIsLeftToTheCollector() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src/sub"));
        Files.writeString(src.resolve("a.txt"), "alpha");
        Files.writeString(tmp.resolve("src/b.txt"), "beta");
        List<String> unclosed = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("org.osprey.os");
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getMessage() != null && r.getMessage().startsWith("unclosed")) {
                    unclosed.add(String.valueOf(r.getParameters()[0]));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(catcher);
        try {
            for (String format : List.of("tar", "gztar", "zip")) {
                for (int i = 0; i < 10; i++) {
                    String archive = shutil.makeArchive(tmp.resolve(format + i).toString(), format,
                            MakeArchiveOptions.DEFAULT.withRootDir(tmp.resolve("src").toString()));
                    shutil.unpackArchive(archive, tmp.resolve("out-" + format + i).toString());
                }
            }
            for (int i = 0; i < 20 && unclosed.isEmpty(); i++) { // give the collector and the cleaner their turn
                System.gc();
                Thread.sleep(50);
            }
        } finally {
            log.removeHandler(catcher);
        }
        assertEquals(List.of(), unclosed);
    }
}
