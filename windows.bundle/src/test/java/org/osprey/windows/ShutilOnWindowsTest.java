package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.DiskSpace;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.shutil.DiskUsage;
import org.osprey.shutil.Shutil;
import org.osprey.testing.Python;

/** shutil's Windows paths on this provider, against CPython 3.13 on the same files: on Windows only. */
@EnabledOnOs(OS.WINDOWS)
class ShutilOnWindowsTest {
    private final Os os = Os.of(new WindowsProvider());
    private final Shutil shutil = Shutil.of(os);

    @Test
    void diskUsageIsGetdiskusageAsCPython(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        DiskUsage usage = shutil.diskUsage(dir.toString());
        String python = Python.require313().run("import nt, shutil, sys\n"
                + "print(shutil.disk_usage(sys.argv[1]).total, nt._getdiskusage(sys.argv[2])[0])",
                dir.toString(), file.toString()).strip();
        DiskSpace ofFile = os.getdiskusage(file.toString()); // a file: its directory is asked
        assertEquals(python, usage.total() + " " + ofFile.total());
        assertEquals(usage.total() - usage.free(), usage.used());
        assertTrue(usage.free() >= 0 && usage.free() <= usage.total());
    }

    @Test
    void copy2IsCopyFile2AsCPython(@TempDir Path dir) throws Exception {
        byte[] data = new byte[3 << 20];
        new Random(7).nextBytes(data);
        Path src = Files.write(dir.resolve("src"), data);
        Files.setLastModifiedTime(src, FileTime.fromMillis(1_500_000_000_000L));
        Files.createDirectory(dir.resolve("into"));
        String target = shutil.copy2(src.toString(), dir.resolve("into").toString());
        assertEquals(dir.resolve("into").resolve("src").toString(), target);
        assertArrayEquals(data, Files.readAllBytes(Path.of(target)));
        String python = Python.require313().run("import shutil, sys, os\n"
                + "t = shutil.copy2(sys.argv[1], sys.argv[2])\nprint(os.stat(t).st_mtime_ns)",
                src.toString(), dir.resolve("py").toString()).strip();
        assertEquals(python, String.valueOf(os.stat(target).mtimeNs()));
        // a read-only destination: CopyFile2 refuses (ERROR_ACCESS_DENIED), and the portable copy answers
        // as CPython's does
        Path readOnly = Files.writeString(dir.resolve("ro"), "old");
        os.chmod(readOnly.toString(), 0444);
        String ours = outcome(() -> shutil.copy2(src.toString(), readOnly.toString()));
        os.chmod(readOnly.toString(), 0444);
        String theirs = Python.require313().run("import shutil, sys\ntry:\n    shutil.copy2(sys.argv[1], sys.argv[2])\n"
                + "    print('copied', end='')\nexcept OSError as e:\n    print(type(e).__name__, e.winerror, end='')",
                src.toString(), readOnly.toString());
        assertEquals(theirs, ours);
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static String outcome(Call call) {
        try {
            call.run();
            return "copied";
        } catch (OsException e) {
            // PermissionOsException is Python's PermissionError
            return e.getClass().getSimpleName().replace("OsException", "Error") + " " + (e.winerror().isPresent() ? e.winerror().getAsInt() : "None");
        } catch (Exception e) {
            return e.toString();
        }
    }
}
