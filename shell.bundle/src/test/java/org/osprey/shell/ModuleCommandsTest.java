package org.osprey.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.filecmp.Filecmp;
import org.osprey.fnmatch.Fnmatch;
import org.osprey.glob.Glob;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.Os;
import org.osprey.shutil.Shutil;
import org.osprey.subprocess.Subprocess;
import org.osprey.tempfile.Tempfile;
import org.osprey.testing.Python;

/** The scopes above {@code os}, on real files, a real provider and real processes. */
class ModuleCommandsTest {
    private final Os os = Os.get();
    private final ShutilCommands shutil = new ShutilCommands(Shutil.of(os));

    @TempDir
    Path dir;

    @Test
    void copyCopytreeMoveRmtree() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "hello");
        String src = dir.resolve("a.txt").toString();
        assertEquals(dir.resolve("b.txt").toString(), shutil.copy(src, dir.resolve("b.txt").toString()));
        Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(dir.resolve("tree/sub/f"), "f");
        String copy = dir.resolve("copy").toString();
        assertEquals(copy, shutil.copytree(dir.resolve("tree").toString(), copy));
        assertEquals("f", Files.readString(dir.resolve("copy/sub/f")));
        assertThrows(FileExistsOsException.class, () -> shutil.copytree(dir.resolve("tree").toString(), copy));
        String moved = dir.resolve("moved").toString();
        assertEquals(moved, shutil.move(copy, moved));
        shutil.rmtree(moved);
        assertTrue(Files.notExists(dir.resolve("moved")));
    }

    @Test
    void shutilErrorsPrintAsPythonPrintsThem() throws Exception {
        Files.createDirectories(dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("l"), dir.resolve("d"));
        Files.writeString(dir.resolve("a"), "a");
        String script = "import shutil, sys, traceback\n"
                + "for f, args in ((shutil.rmtree, sys.argv[1:2]), (shutil.copy, sys.argv[2:4])):\n"
                + "    try: f(*args)\n"
                + "    except Exception as e: print(traceback.format_exception_only(e)[-1].strip())\n";
        String link = dir.resolve("l").toString();
        String a = dir.resolve("a").toString();
        List<String> python = Python.run(script, link, a, a).lines().toList();
        assertEquals(python.get(0), Failure.describe(assertThrows(Exception.class, () -> shutil.rmtree(link))));
        assertEquals(python.get(1), Failure.describe(assertThrows(Exception.class, () -> shutil.copy(a, a))));
    }

    @Test
    void diskUsageInGibAsPythonComputesIt() throws Exception {
        String python = Python.run("import shutil,sys; u=shutil.disk_usage(sys.argv[1]); "
                + "print('%.1f GiB' % (u.total / 2**30))", dir.toString()).strip();
        List<String> lines = shutil.disk_usage(dir.toString()).lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).matches(" *total +used +free +use"), lines.get(0));
        assertTrue(lines.get(1).strip().startsWith(python), lines + " vs " + python);
        String df = Python.run("import math,shutil,sys; u=shutil.disk_usage(sys.argv[1]); "
                + "print(math.ceil(100 * u.used / (u.used + u.free)))", dir.toString()).strip();
        assertTrue(lines.get(1).endsWith(" " + df + "%"), lines + " vs " + df);
    }

    @Test
    void whichFindsWhatPythonFinds() {
        assertEquals(Python.run("import shutil; print(shutil.which('sh'))").strip(), shutil.which("sh"));
        assertEquals(null, shutil.which("no-such-program-osprey"));
    }

    @Test
    void archivesRoundTrip() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/x"), "x");
        String archive = shutil.make_archive(dir.resolve("out").toString(), "gztar", dir.resolve("data").toString());
        assertEquals(dir.resolve("out.tar.gz").toString(), archive);
        shutil.unpack_archive(archive, dir.resolve("back").toString());
        assertEquals("x", Files.readString(dir.resolve("back/x")));
    }

    @Test
    void globFnmatchTempfileFilecmp() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b.py"), "b");
        Files.createDirectories(dir.resolve("s"));
        Files.writeString(dir.resolve("s/c.txt"), "c");
        GlobCommands glob = new GlobCommands(Glob.of(os));
        assertEquals(dir.resolve("a.txt").toString(), glob.glob(dir + "/*.txt"));
        assertEquals(dir.resolve("a.txt") + "\n" + dir.resolve("s/c.txt"), glob.glob(dir + "/**/*.txt", "recursive"));
        assertThrows(IllegalArgumentException.class, () -> glob.glob("*", "yes"));

        assertEquals("a.txt\nc.txt", new FnmatchCommands(Fnmatch.of(os)).filter("a.txt", "b.py", "c.txt", "*.txt"));

        String made = new TempfileCommands(Tempfile.of(os)).mkdtemp("-end", "start-", dir.toString());
        assertTrue(Files.isDirectory(Path.of(made)) && made.startsWith(dir + "/start-") && made.endsWith("-end"));

        Files.createDirectories(dir.resolve("left"));
        Files.createDirectories(dir.resolve("right"));
        Files.writeString(dir.resolve("left/only"), "");
        String report = new FilecmpCommands(Filecmp.of(os)).dircmp(dir.resolve("left").toString(),
                dir.resolve("right").toString());
        String python = Python.run("import filecmp,sys; filecmp.dircmp(sys.argv[1], sys.argv[2]).report()",
                dir.resolve("left").toString(), dir.resolve("right").toString());
        assertEquals(python.stripTrailing(), report);
    }

    @Test
    void runReturnsTheChildsStatus() throws Exception {
        SubprocessCommands subprocess = new SubprocessCommands(Subprocess.of(os));
        ExitStatus status = subprocess.run("sh", "-c", "exit 7");
        assertEquals(7, status.processStatus());
        assertEquals("CompletedProcess(args=['sh', '-c', 'exit 7'], returncode=7)", status.toString());
        assertEquals(128 + 9, subprocess.run("sh", "-c", "kill -9 $$").processStatus());
    }
}
