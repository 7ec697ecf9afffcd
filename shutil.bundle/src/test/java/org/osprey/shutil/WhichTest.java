package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/** which: the answers CPython gives for the same commands, modes and search paths. */
@DisabledOnOs(value = WINDOWS, disabledReason = "POSIX executables (chmod +x, #!/bin/sh, sh on PATH, : as the "
        + "separator); Windows looks programs up by PATHEXT")
class WhichTest {
    private final Shutil shutil = Shutil.get();
    @TempDir
    Path tmp;

    @Test
    void answersLikePython() throws Exception {
        Path bin1 = Trees.dir(tmp.resolve("bin1"));
        Path bin2 = Trees.dir(tmp.resolve("bin2"));
        for (Path exe : List.of(bin2.resolve("tool"), bin1.resolve("only1"), bin2.resolve("only1"))) {
            Trees.file(exe, "#!/bin/sh\n");
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Trees.file(bin1.resolve("tool"), "not executable");
        Trees.dir(bin1.resolve("adir"));
        String both = bin1 + ":" + bin2;
        String[][] cases = {
            {"tool", "3", both}, {"tool", "0", both}, {"only1", "3", both}, {"adir", "0", both},
            {"missing", "3", both}, {"tool", "3", ""}, {"tool", "3", bin1 + ":" + bin1 + ":"},
            {bin2 + "/tool", "3", bin1.toString()}, {bin1 + "/tool", "3", both}, {bin1 + "/tool", "4", both},
            {bin1 + "//tool", "0", ""}, {bin1 + "/", "0", both}, {"", "0", both},
        };
        StringBuilder script = new StringBuilder("import shutil, sys\na = sys.argv[1:]\n"
                + "for i in range(0, len(a), 3):\n    print(shutil.which(a[i], int(a[i + 1]), a[i + 2]))\n");
        List<String> args = new ArrayList<>();
        List<String> java = new ArrayList<>();
        for (String[] c : cases) {
            args.addAll(List.of(c));
            java.add(shutil.which(c[0], Integer.parseInt(c[1]), c[2]).orElse("None"));
        }
        List<String> python = List.of(Python.MODERN.run(script.toString(), args.toArray(String[]::new)).split("\n"));
        assertEquals(python, java);
    }

    @Test
    void defaultsToPathAndExecutable() {
        Os os = Os.get();
        String sh = shutil.which("sh").orElseThrow();
        assertEquals(sh, shutil.which("sh", Os.F_OK | Os.X_OK, os.environ().get("PATH")).orElseThrow());
    }
}
