package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.DirEntry;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Pipe;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;
import org.osprey.testing.Python;

/** What only Windows has, each against CPython 3.13 on the same files: on Windows only. */
@EnabledOnOs(OS.WINDOWS)
class OnWindowsTest {
    /** {@code ERROR_PRIVILEGE_NOT_HELD}: no developer mode and no privilege to make symlinks. */
    private static final int ERROR_PRIVILEGE_NOT_HELD = 1314;

    private final Os os = Os.of(new WindowsProvider());

    /** Makes a symlink, or skips the test where Windows lets this process make none. */
    private void symlinkOrSkip(String target, String link) throws OsException {
        try {
            os.symlink(target, link);
        } catch (OsException e) {
            Assumptions.assumeFalse(e.winerror().equals(OptionalInt.of(ERROR_PRIVILEGE_NOT_HELD)),
                    "symlinks need developer mode or the privilege here");
            throw e;
        }
    }

    @Test
    void statAsCPython(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "hello");
        StatResult st = os.stat(file.toString());
        String python = Python.require313().run("import os, sys\n"
                + "s = os.stat(sys.argv[1])\n"
                + "print(s.st_mode, s.st_ino, s.st_dev, s.st_nlink, s.st_size, s.st_mtime_ns, s.st_birthtime_ns, "
                + "s.st_file_attributes, s.st_reparse_tag)", file.toString()).strip();
        assertEquals(python, st.mode() + " " + Long.toUnsignedString(st.ino()) + " " + Long.toUnsignedString(st.dev())
                + " " + st.nlink() + " " + st.size() + " " + st.mtimeNs() + " " + st.birthtimeNs() + " "
                + st.fileAttributes().getAsLong() + " " + st.reparseTag().getAsLong());
    }

    @Test
    void errorsCarryWinerrorAndCPythonsMessage(@TempDir Path dir) {
        String missing = dir.resolve("missing").toString();
        FileNotFoundOsException e = assertThrows(FileNotFoundOsException.class, () -> os.stat(missing));
        assertEquals(OptionalInt.of(2), e.winerror());
        assertEquals(Python.require313().run("import os, sys\n"
                + "try:\n    os.stat(sys.argv[1])\nexcept OSError as e:\n    print(e)", missing).strip(), e.getMessage());
    }

    @Test
    void errnoIsCPythonsOnWindows() {
        String python = Python.require313().run("import errno\n"
                + "print(sorted((n, v) for n, v in vars(errno).items() if isinstance(v, int)))").strip();
        StringBuilder ours = new StringBuilder("[");
        os.errno().asMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> ours.append(ours.length() > 1 ? ", " : "").append("('").append(e.getKey()).append("', ")
                        .append(e.getValue()).append(')'));
        assertEquals(python, ours.append(']').toString());
    }

    @Test
    void ntpathsAbspathAndRealpathAreWindowsOwnAsCPython(@TempDir Path dir) throws Exception {
        String target = Files.writeString(dir.resolve("Target.txt"), "x").toString();
        String link = dir.resolve("link").toString();
        symlinkOrSkip(target, link);
        List<String> paths = List.of(target, dir.resolve("TARGET.TXT").toString(), link,
                dir.resolve("missing\\deeper").toString(), "nul", "C:x", dir + "\\.\\Target.txt  ",
                "\\\\?\\" + target);
        StringBuilder ours = new StringBuilder();
        for (String p : paths) {
            ours.append(os.path().abspath(p)).append('|').append(os.path().realpath(p)).append('\n');
        }
        String python = Python.require313().run("import ntpath, sys\n"
                + "for p in sys.argv[1:]:\n    print(ntpath.abspath(p) + '|' + ntpath.realpath(p))",
                paths.toArray(String[]::new));
        assertEquals(python.strip(), ours.toString().strip());
        assertEquals(Python.require313().run("import nt, sys; print(nt._getfinalpathname(sys.argv[1]))", link).strip(),
                os.getfinalpathname(link));
        FileNotFoundOsException missing = assertThrows(FileNotFoundOsException.class,
                () -> os.path().realpath(dir.resolve("missing").toString(), true));
        assertEquals(OptionalInt.of(2), missing.winerror());
    }

    /** CPython 3.13 makes both of its directories, then prints the DACL of all four in SDDL. */
    private static final String DACLS = """
            import ctypes, os, sys
            from ctypes import wintypes
            advapi = ctypes.WinDLL('advapi32', use_last_error=True)
            def dacl(path):
                size = wintypes.DWORD()
                advapi.GetFileSecurityW(path, 4, None, 0, ctypes.byref(size))
                descriptor = ctypes.create_string_buffer(size.value)
                if not advapi.GetFileSecurityW(path, 4, descriptor, size, ctypes.byref(size)):
                    raise ctypes.WinError(ctypes.get_last_error())
                text = wintypes.LPWSTR()
                if not advapi.ConvertSecurityDescriptorToStringSecurityDescriptorW(descriptor, 1, 4,
                        ctypes.byref(text), None):
                    raise ctypes.WinError(ctypes.get_last_error())
                return text.value
            os.mkdir(sys.argv[1], 0o700)
            os.mkdir(sys.argv[2], 0o755)
            for path in sys.argv[1:]:
                print(dacl(path))
            """;

    @Test
    void mkdir0700IsPrivateAsCPython(@TempDir Path dir) throws Exception {
        String ours = dir.resolve("ours700").toString();
        os.mkdir(ours, 0700);
        os.mkdir(dir.resolve("ours755").toString(), 0755);
        List<String> dacls = Python.require313().lines(DACLS, dir.resolve("py700").toString(),
                dir.resolve("py755").toString(), ours, dir.resolve("ours755").toString());
        assertEquals(dacls.subList(0, 2), dacls.subList(2, 4));
        assertTrue(dacls.get(0).startsWith("D:P("), dacls.get(0));
        assertFalse(dacls.get(0).equals(dacls.get(1)));
        OsException exists = assertThrows(OsException.class, () -> os.mkdir(ours, 0700));
        assertEquals(OptionalInt.of(183), exists.winerror());
        assertEquals(ours, exists.filename());
    }

    /** FindNextFileW has no file index: the entry lstats once for it, as CPython's {@code DirEntry.inode()}. */
    @Test
    void direntryInodeIsTheEntrysLstatAsCPython(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("gone"), "x");
        java.util.TreeMap<String, String> ours = new java.util.TreeMap<>();
        OsException gone = null;
        try (ScandirIterator it = os.scandir(dir.toString())) {
            for (DirEntry e : it) {
                if (e.name().equals("gone")) {
                    Files.delete(dir.resolve("gone"));
                    gone = assertThrows(OsException.class, e::inode);
                } else {
                    ours.put(e.name(), Long.toUnsignedString(e.inode()));
                    assertEquals(os.lstat(e.path()).ino(), e.inode());
                }
            }
        }
        assertEquals(Python.require313().run("import os, sys\n"
                + "for e in sorted(os.scandir(sys.argv[1]), key=lambda e: e.name):\n    print(e.name, e.inode())",
                dir.toString()).strip(), String.join("\n", ours.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList()));
        assertEquals(OptionalInt.of(2), gone.winerror());
        assertEquals(dir.resolve("gone").toString(), gone.filename());
    }

    /** Beyond a drive's root, {@code ntpath.ismount} compares the path with its volume path, as CPython 3.13. */
    @Test
    void ismountAsksTheVolumePathAsCPython(@TempDir Path dir) throws Exception {
        String root = dir.getRoot().toString();
        List<String> paths = List.of(dir.toString(), root, root.toLowerCase(java.util.Locale.ROOT) + ".", "C:",
                System.getenv("SystemRoot"), "\\\\?\\" + root, ".", dir.resolve("missing\\x").toString(),
                dir.toString().toUpperCase(java.util.Locale.ROOT));
        StringBuilder ours = new StringBuilder();
        for (String p : paths) {
            ours.append(os.path().ismount(p) ? "True" : "False").append('\n');
        }
        ours.append(os.getvolumepathname(dir.toString()));
        String python = Python.require313().run("import nt, ntpath, sys\n"
                + "for p in sys.argv[2:]:\n    print(ntpath.ismount(p))\n"
                + "print(nt._getvolumepathname(sys.argv[1]), end='')", Stream.concat(Stream.of(dir.toString()),
                        paths.stream()).toArray(String[]::new));
        assertEquals(python, ours.toString());
        assertEquals(root, os.getvolumepathname(dir.toString()));
    }

    @Test
    void getdiskusageAndCopyfile2AsCPython(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("src"), "data");
        os.copyfile2(src.toString(), dir.resolve("dst").toString(), Os.COPY_FILE_ALLOW_DECRYPTED_DESTINATION);
        assertEquals("data", Files.readString(dir.resolve("dst")));
        String missing = dir.resolve("missing").toString();
        OsException ours = assertThrows(OsException.class,
                () -> os.copyfile2(missing, dir.resolve("x").toString(), 0));
        assertEquals(Python.require313().run("import _winapi, sys\ntry:\n    _winapi.CopyFile2(sys.argv[1], sys.argv[2], 0)\n"
                + "except OSError as e:\n    print(type(e).__name__, e.winerror, e.filename, end='')", missing,
                dir.resolve("x").toString()), ours.getClass().getSimpleName().replace("OsException", "Error") + " "
                + ours.winerror().getAsInt() + " " + (ours.filename() == null ? "None" : ours.filename()));
        assertEquals(Python.require313().run("import nt, sys; print(nt._getdiskusage(sys.argv[1])[0], end='')",
                dir.toString()), String.valueOf(os.getdiskusage(dir.toString()).total()));
    }

    @Test
    void systemIsComspecAsCPython(@TempDir Path dir) throws Exception {
        String out = dir.resolve("out.txt").toString();
        String command = "echo \"quoted & piped\"> \"" + out + "\" && exit /b 3";
        int ours = os.system(command);
        String ourText = Files.readString(Path.of(out));
        Files.delete(Path.of(out));
        String python = Python.require313().run("import os, sys; print(os.system(sys.argv[1]), end='')", command);
        assertEquals(python, String.valueOf(ours));
        assertEquals(Files.readString(Path.of(out)), ourText);
        assertThrows(IllegalArgumentException.class, () -> os.system("echo a\0b"));
    }

    @Test
    void cpuCountStrerrorAndUrandomAsCPython() throws Exception {
        assertEquals(Python.require313().run("import os; print(os.cpu_count(), os.strerror(2), os.strerror(13), "
                + "sep='|', end='')"), os.cpuCount().getAsInt() + "|" + os.strerror(2) + "|" + os.strerror(13));
        byte[] a = os.urandom(64);
        byte[] b = os.urandom(64);
        assertEquals(64, a.length);
        assertFalse(Arrays.equals(a, b), "two draws of 512 bits are not the same");
        assertThrows(UnsupportedOperationException.class, os::uname);
    }

    @Test
    void chmodIsTheReadOnlyAttribute(@TempDir Path dir) throws Exception {
        String file = Files.writeString(dir.resolve("f"), "x").toString();
        os.chmod(file, 0444);
        assertEquals(0100444, os.stat(file).mode());
        assertEquals(1, os.stat(file).fileAttributes().getAsLong() & WinConstants.FILE_ATTRIBUTE_READONLY);
        assertFalse(os.access(file, 2));
        os.chmod(file, 0666);
        assertEquals(0100666, os.stat(file).mode());
        assertTrue(os.access(file, 2));
    }

    @Test
    void symlinksReadAndLstatAsCPython(@TempDir Path dir) throws Exception {
        String target = Files.writeString(dir.resolve("target"), "x").toString();
        String link = dir.resolve("link").toString();
        symlinkOrSkip(target, link);
        assertEquals(target, os.readlink(link));
        StatResult l = os.lstat(link);
        assertTrue(l.isSymlink());
        assertEquals(Integer.toUnsignedLong(WinConstants.IO_REPARSE_TAG_SYMLINK), l.reparseTag().getAsLong());
        assertEquals(os.stat(target).ino(), os.stat(link).ino());
        os.unlink(link);
    }

    @Test
    void environIsCaseInsensitive() throws Exception {
        os.putenv("Osprey_Case", "1");
        assertEquals("1", os.environ().get("OSPREY_CASE"));
        assertEquals(System.getenv("Path"), os.environ().get("PATH"));
    }

    /** A Python script in {@code dir}, whose path reaches a child whole only if it holds no space. */
    private static Path childScript(Path dir, String script) throws java.io.IOException {
        Assumptions.assumeFalse(dir.toString().contains(" "), "the C runtime would split the script's path");
        return Files.writeString(dir.resolve("child.py"), script);
    }

    /**
     * CPython's {@code os.spawnv} on Windows: the C runtime joins the arguments with spaces, quoting none, and
     * {@code P_WAIT} returns the exit code itself (300 is no wait status); {@code P_NOWAIT} a handle to wait for.
     */
    @Test
    void spawnJoinsArgumentsUnquotedAndPWaitReturnsTheExitCodeAsCPython(@TempDir Path dir) throws Exception {
        Path child = childScript(dir, "import sys\n"
                + "open(sys.argv[1], 'w', encoding='utf-8').write('\\x00'.join(sys.argv[2:]))\n"
                + "sys.exit(300)\n");
        List<String> args = List.of("a b", "quote\"d", "back\\", "\u00e9");
        String python = Python.require313().executable();
        List<String> argv = new java.util.ArrayList<>(List.of("python", child.toString(), dir.resolve("ours").toString()));
        argv.addAll(args);
        long ours = os.spawnv(Os.P_WAIT, python, argv);
        List<String> pyArgs = new java.util.ArrayList<>(List.of(python, child.toString(), dir.resolve("py").toString()));
        pyArgs.addAll(args);
        String theirs = Python.require313().run("import os, sys\n"
                + "print(os.spawnv(os.P_WAIT, sys.argv[1], ['python'] + sys.argv[2:]), end='')",
                pyArgs.toArray(String[]::new));
        assertEquals(theirs, String.valueOf(ours));
        assertEquals(300, ours);
        String got = Files.readString(dir.resolve("ours"), StandardCharsets.UTF_8);
        assertEquals(Files.readString(dir.resolve("py"), StandardCharsets.UTF_8), got);
        assertFalse(got.equals(String.join("\0", args)), "\"a b\" reaches the child as two arguments");
        long handle = os.spawnv(Os.P_NOWAIT, python, argv);
        assertEquals(300 << 8, os.waitpid(handle, 0).status());
        OsException missing = assertThrows(OsException.class,
                () -> os.spawnv(Os.P_WAIT, dir.resolve("missing.exe").toString(), List.of("x")));
        assertEquals(Python.require313().run("import os, sys\ntry:\n    os.spawnv(os.P_WAIT, sys.argv[1], ['x'])\n"
                + "except OSError as e:\n    print(e.errno, e.filename, end='')", dir.resolve("missing.exe").toString()),
                missing.errno() + " " + (missing.filename() == null ? "None" : missing.filename()));
    }

    /**
     * CPython's {@code os.execv} on Windows: the C runtime starts the program and ends the caller, here a whole JVM,
     * which ends as CPython's interpreter does while the program runs on and writes its file.
     */
    @Test
    void execStartsTheProgramAndEndsTheJvmAsCPython(@TempDir Path dir) throws Exception {
        Path child = childScript(dir, "import sys, time\n"
                + "time.sleep(1)\n"
                + "open(sys.argv[1], 'w', encoding='utf-8').write(' '.join(sys.argv[2:]))\n");
        String python = Python.require313().executable();
        Process ours = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ExecMain.class.getName(), python, "python", child.toString(),
                dir.resolve("ours").toString(), "a", "b").inheritIO().start();
        Process theirs = new ProcessBuilder(python, "-c", "import os, sys; os.execv(sys.argv[1], sys.argv[2:])",
                python, "python", child.toString(), dir.resolve("py").toString(), "a", "b").inheritIO().start();
        assertEquals(theirs.waitFor(), ours.waitFor());
        for (int i = 0; i < 600 && !(Files.exists(dir.resolve("ours")) && Files.exists(dir.resolve("py"))); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        assertEquals(Files.readString(dir.resolve("py")), Files.readString(dir.resolve("ours")));
        assertEquals("a b", Files.readString(dir.resolve("ours")));
        String missing = dir.resolve("missing.exe").toString();
        OsException e = assertThrows(OsException.class, () -> os.execv(missing, List.of("x")));
        assertEquals(Python.require313().run("import os, sys\ntry:\n    os.execv(sys.argv[1], ['x'])\n"
                + "except OSError as e:\n    print(type(e).__name__, e.errno, e.filename, end='')", missing),
                e.getClass().getSimpleName().replace("OsException", "Error") + " " + e.errno() + " " + e.filename());
    }

    @Test
    void descriptorsAreNotInheritedAndTheirHandlesSayIt(@TempDir Path dir) throws Exception {
        int fd = os.open(dir.resolve("f").toString(), os.O_CREAT() | os.O_RDWR());
        try {
            assertFalse(os.getInheritable(fd));
            os.setInheritable(fd, true);
            assertTrue(os.getInheritable(fd));
            Pipe pipe = os.pipe();
            assertFalse(os.getInheritable(pipe.read()));
            assertFalse(os.getHandleInheritable(Crt.handle(pipe.write())));
            os.close(pipe.read());
            os.close(pipe.write());
        } finally {
            os.close(fd);
        }
    }

    @Test
    void killTerminatesWithTheSignalAsExitCode() throws Exception {
        Process child = new ProcessBuilder(Python.require313().executable(), "-c", "import time; time.sleep(60)")
                .start();
        os.kill(child.pid(), 7);
        assertEquals(7, child.waitFor());
    }
}
