package org.osprey.posix.variant.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.os.path.NtPath;
import org.osprey.posix.PosixProvider;
import org.osprey.testing.Python;

/**
 * What only Windows' {@code nt} module has, as Linux answers it: CPython has no {@code nt} there, so
 * {@code _getfullpathname}/{@code _getfinalpathname}/{@code _getvolumepathname} are refused and {@code ntpath}'s
 * {@code abspath}/{@code realpath}/{@code ismount} bound to this {@code Os} are CPython's fallback: lexical, links
 * unresolved.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLacksNtCallsTest {
    @TempDir
    Path tmp;

    private final Os os = Os.of(new PosixProvider());

    @Test
    void ntPathCallsAreWindowsOnlyAsPythonHasThem() throws Exception {
        String file = Files.writeString(tmp.resolve("f"), "x").toString();
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> os.getfullpathname(file))
                .getMessage().contains("_getfullpathname"));
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> os.getfinalpathname(file))
                .getMessage().contains("_getfinalpathname"));
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> os.getvolumepathname(file))
                .getMessage().contains("_getvolumepathname"));
        // the API's own checks come before the provider's answer
        assertThrows(IllegalArgumentException.class, () -> os.getvolumepathname("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> os.getfullpathname("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> os.getfinalpathname("a\0b"));
        assertEquals("False", Python.run("import importlib.util; print(importlib.util.find_spec('nt') is not None)")
                .strip());
    }

    @Test
    void ntpathBoundHereIsCPythonsFallback() throws Exception {
        Path target = Files.writeString(tmp.resolve("target"), "x");
        Files.createSymbolicLink(tmp.resolve("link"), target);
        NtPath nt = new NtPath(os);
        String cwd = os.getcwd();
        List<String> paths = List.of("a\\..\\b", "link", tmp.resolve("link").toString(), "C:x", "\\\\?\\C:\\a\\..",
                "nul", "", "\\\\server\\share\\x\\..\\y");
        // CPython's fallback realpath is abspath itself: it takes no strict, which ours ignores here
        StringBuilder ours = new StringBuilder();
        for (String p : paths) {
            ours.append(nt.abspath(p)).append('|').append(nt.realpath(p)).append('|').append(nt.realpath(p, true))
                    .append('\n');
        }
        // and ismount is lexical: CPython's ntpath has no _getvolumepathname without nt
        for (String p : paths) {
            ours.append(nt.ismount(p)).append('\n');
        }
        String script = "import ntpath, os, sys\nos.chdir(sys.argv[1])\nfor p in sys.argv[2:]:\n"
                + "    print(ntpath.abspath(p) + '|' + ntpath.realpath(p) + '|' + ntpath.realpath(p))\n"
                + "for p in sys.argv[2:]:\n    print(str(ntpath.ismount(p)).lower())";
        String[] args = new String[paths.size() + 1];
        args[0] = cwd;
        for (int i = 0; i < paths.size(); i++) {
            args[i + 1] = paths.get(i);
        }
        assertEquals(Python.require313().run(script, args).strip(), ours.toString().strip());
        byte[] bytes = "x\\..\\\u00e9".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(nt.abspath(bytes), nt.realpath(bytes, false));
        assertArrayEquals(NtPath.PURE.normpath(new NtPath(os).abspath(bytes)), nt.abspath(bytes));
    }
}
