package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.IsADirectoryOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/**
 * Failures: the OSError subtype Python raises, its errno and message, and the file name(s), each compared with
 * what python3 reports for the same call.
 */
public abstract class ErrorsKit extends ProviderKit {
    protected ErrorsKit(OsProvider provider) {
        super(provider);
    }

    private static final String PY_ERROR = String.join("\n",
            "import os, sys",
            "call, args = sys.argv[1], [int(a) if a.isdigit() else a for a in sys.argv[2:]]",
            "try:",
            "    getattr(os, call)(*args)",
            "    print('no error')",
            "except OSError as e:",
            "    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, sep='|')");

    @TempDir
    Path tmp;
    private String file;
    private String dir;

    @BeforeEach
    void files() throws Exception {
        file = tmp.resolve("file").toString();
        Files.writeString(Path.of(file), "x");
        dir = tmp.resolve("dir").toString();
        os.mkdir(dir);
        Files.writeString(tmp.resolve("dir/inside"), "x");
    }

    private static final java.util.Map<Class<?>, String> PYTHON_NAMES = java.util.Map.of(
            FileNotFoundOsException.class, "FileNotFoundError", FileExistsOsException.class, "FileExistsError",
            NotADirectoryOsException.class, "NotADirectoryError", IsADirectoryOsException.class,
            "IsADirectoryError", PermissionOsException.class, "PermissionError", OsException.class, "OSError");

    private static String describe(OsException e) {
        return PYTHON_NAMES.get(e.getClass()) + "|" + e.errno() + "|" + e.strerror() + "|" + py(e.filename()) + "|"
                + py(e.filename2());
    }

    private static String py(String s) {
        return s == null ? "None" : s;
    }

    /** Runs the same call in Python and here, and compares the errors. */
    private void sameAsPython(Class<? extends OsException> type, Executable call, String pyCall, String... args) {
        OsException e = assertThrows(type, call);
        String[] argv = new String[args.length + 1];
        argv[0] = pyCall;
        System.arraycopy(args, 0, argv, 1, args.length);
        assertEquals(Python.run(PY_ERROR, argv).strip(), describe(e));
    }

    @Test
    void enoent() {
        String missing = tmp.resolve("missing").toString();
        sameAsPython(FileNotFoundOsException.class, () -> os.stat(missing), "stat", missing);
        sameAsPython(FileNotFoundOsException.class, () -> os.listdir(missing), "listdir", missing);
        sameAsPython(FileNotFoundOsException.class, () -> os.rename(missing, file), "rename", missing, file);
        sameAsPython(FileNotFoundOsException.class, () -> os.readlink(missing), "readlink", missing);
        sameAsPython(FileNotFoundOsException.class, () -> os.chdir(missing), "chdir", missing);
        sameAsPython(FileNotFoundOsException.class, () -> os.chmod(missing, 0644), "chmod", missing, "420");
    }

    @Test
    void eexist() {
        sameAsPython(FileExistsOsException.class, () -> os.mkdir(dir), "mkdir", dir);
        sameAsPython(FileExistsOsException.class, () -> os.symlink("x", file), "symlink", "x", file);
        sameAsPython(FileExistsOsException.class, () -> os.link(file, dir + "/inside"), "link", file,
                dir + "/inside");
    }

    @Test
    void enotdir() {
        sameAsPython(NotADirectoryOsException.class, () -> os.listdir(file), "listdir", file);
        sameAsPython(NotADirectoryOsException.class, () -> os.rmdir(file), "rmdir", file);
        sameAsPython(NotADirectoryOsException.class, () -> os.stat(file + "/below"), "stat", file + "/below");
    }

    @Test
    void eisdir() {
        sameAsPython(IsADirectoryOsException.class, () -> os.remove(dir), "remove", dir);
        sameAsPython(IsADirectoryOsException.class, () -> os.rename(file, dir), "rename", file, dir);
    }

    @Test
    void enotempty() {
        OsException e = assertThrows(OsException.class, () -> os.rmdir(dir));
        assertEquals("ENOTEMPTY", Errnos.name(e.errno()));
        assertEquals(OsException.class, e.getClass(), "Python has no subclass for ENOTEMPTY");
        sameAsPython(OsException.class, () -> os.rmdir(dir), "rmdir", dir);
    }

    @Test
    void einvalHasNoSubclass() {
        sameAsPython(OsException.class, () -> os.rename(dir, dir + "/sub"), "rename", dir, dir + "/sub");
    }

    /** Root passes every permission check but this one: a hard link to a directory (EPERM, PermissionError). */
    @Test
    void eperm() {
        String target = tmp.resolve("dirlink").toString();
        sameAsPython(PermissionOsException.class, () -> os.link(dir, target), "link", dir, target);
    }

    @Test
    void eaccesAsAnOrdinaryUser() throws Exception {
        assumeTrue(os.geteuid() != 0, "root is never denied access: EACCES cannot be provoked");
        os.chmod(dir, 0);
        try {
            sameAsPython(PermissionOsException.class, () -> os.listdir(dir), "listdir", dir);
        } finally {
            os.chmod(dir, 0755);
        }
    }

    @Test
    void messageReadsLikePython() {
        String missing = tmp.resolve("missing").toString();
        OsException e = assertThrows(FileNotFoundOsException.class, () -> os.stat(missing));
        String expected = Python.run("import os, sys\ntry:\n    os.stat(sys.argv[1])\nexcept OSError as e:\n    print(e)",
                missing).strip();
        assertEquals(expected, e.getMessage());
    }

    @Test
    void errorsWithoutAFileName() {
        for (Executable call : new Executable[] {() -> os.fstat(123456), () -> os.fchmod(123456, 0644),
                () -> os.close(123456), () -> os.fchdir(123456), () -> os.listdir(123456)}) {
            OsException e = assertThrows(OsException.class, call);
            assertEquals("EBADF", Errnos.name(e.errno()));
            assertEquals("Bad file descriptor", e.strerror());
            assertNull(e.filename());
        }
    }

    @Test
    void nulInAPathIsRejectedBeforeAnyNativeCall() {
        assertThrows(IllegalArgumentException.class, () -> os.stat("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> os.mkdir(tmp + "/x\0y"));
        assertThrows(IllegalArgumentException.class, () -> os.rename(file, file + "\0"));
        assertThrows(IllegalArgumentException.class, () -> os.listdir("\0"));
    }
}
