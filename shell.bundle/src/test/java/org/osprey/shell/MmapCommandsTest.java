package org.osprey.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.mmap.Mmap;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** The {@code mmap} scope on real files, CPython's {@code mmap} the oracle of every offset. */
class MmapCommandsTest {
    private final Os os = Os.get();
    private final MmapCommands commands = new MmapCommands(Mmap.of(os), os);

    @Test
    void findRfindAndCountAsPythonsMmap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("log.txt");
        Files.writeString(file, "ok\nerror: disk\nok\nerror: net\néé\n");
        for (String text : new String[] {"error", "ok", "é", "missing", "\n"}) {
            String python = Python.run("import mmap, sys\nwith open(sys.argv[1], 'rb') as f:\n"
                    + "    m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)\n"
                    + "    t = sys.argv[2].encode()\n"
                    + "    print(m.find(t), m.rfind(t), m[:].count(t))\n", file.toString(), text).strip();
            assertEquals(python, commands.find(file.toString(), text) + " " + commands.rfind(file.toString(), text)
                    + " " + commands.count(file.toString(), text), text);
        }
    }

    @Test
    void anEmptyFileHasNothingAndAMissingOneIsPythonsError(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty"));
        List<String> before = OpenFds.described();
        assertEquals(-1, commands.find(empty.toString(), "x"));
        assertEquals(0, commands.count(empty.toString(), "x"));
        assertThrows(FileNotFoundOsException.class, () -> commands.find(dir.resolve("nope").toString(), "x"));
        assertEquals(List.of(), OpenFds.openedSince(before), "no descriptor left open");
    }
}
