package org.osprey.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/** The {@code os} scope on the real provider, what it prints compared with CPython where CPython prints it. */
class OsCommandsTest {
    private final OsCommands commands = new OsCommands(Os.get());

    @TempDir
    Path dir;

    @Test
    void listdirPrintsPythonsNamesSortedOneALine() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.createDirectory(dir.resolve("a"));
        Files.writeString(dir.resolve("c d"), "");
        String python = Python.run("import os,sys; print('\\n'.join(sorted(os.listdir(sys.argv[1]))))", dir.toString());
        assertEquals(python.strip(), commands.listdir(dir.toString()));
    }

    @Test
    void scandirShowsNameKindAndHumanSize() throws Exception {
        Files.write(dir.resolve("big"), new byte[3 * 1024 + 512]);
        Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("big"));
        String link = Files.readSymbolicLink(dir.resolve("link")).toString();
        List<String> lines = commands.scandir(dir.toString()).lines().toList();
        assertEquals(List.of("NAME TYPE SIZE", "big file 3.5 KiB", "link symlink " + link.length() + " B", "sub dir -"),
                lines.stream().map(l -> l.replaceAll(" +", " ")).toList());
        // aligned: every row's size ends in the same column
        assertEquals(1, lines.stream().mapToInt(String::length).distinct().count(), String.join("\n", lines));
    }

    @Test
    void statShowsPythonsFilemodeSizeAndDates() throws Exception {
        Path file = Files.write(dir.resolve("f"), new byte[2048]);
        String expected = Python.run("import os,stat,sys,time; st=os.stat(sys.argv[1]); "
                + "print(stat.filemode(st.st_mode), oct(st.st_mode & 0o7777)[2:], "
                + "time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(st.st_mtime)))", file.toString()).strip();
        String[] want = expected.split(" ", 3);
        String text = commands.stat(file.toString());
        assertTrue(text.contains("mode      " + want[0] + " (0o" + want[1] + ")"), text);
        assertTrue(text.contains("modified  " + want[2]), text);
        assertTrue(text.contains("size      2.0 KiB (2048 bytes)"), text);
        assertTrue(text.contains("type      file"), text);
    }

    @Test
    void walkListsEachDirectoryTopDownWithItsEntries() throws Exception {
        Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(dir.resolve("x/y/z.txt"), "");
        String root = dir.toString();
        assertEquals(String.join("\n", root, "  x/", root + "/x", "  y/", root + "/x/y", "  z.txt"),
                commands.walk(root));
    }

    @Test
    void aMissingDirectoryIsPythonsFileNotFoundError() {
        String missing = dir.resolve("nope").toString();
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class, () -> commands.listdir(missing));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'",
                Failure.describe(e));
    }

    @Test
    void environmentAndSystemFacts() throws Exception {
        assertEquals(System.getenv("PATH"), commands.getenv("PATH"));
        assertTrue(commands.environ().lines().anyMatch(l -> l.matches("PATH +\\Q" + System.getenv("PATH") + "\\E")));
        assertEquals(Python.run("import os; print(os.cpu_count())").strip(), commands.cpu_count());
        assertTrue(commands.uname().contains("sysname   " + Python.run("import os; print(os.uname().sysname)")
                .strip()), commands.uname());
        assertTrue(commands.getloadavg().matches("1 min  5 min  15 min\n *\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+\\.\\d\\d"),
                commands.getloadavg());
        assertTrue(commands.statvfs(dir.toString()).contains("longest name"));
    }
}
