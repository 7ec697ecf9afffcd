package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FsCodec;
import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.os.path.OsPath;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/**
 * {@code os.path} given {@code bytes} and file descriptors on real files, compared with CPython 3.13 on the same
 * tree: names that are not UTF-8, symlinks (broken, looping, through non-UTF-8 names), a relative walk from the
 * working directory.
 */
public abstract class OsPathFilesKit extends ProviderKit {
    protected OsPathFilesKit(OsProvider provider) {
        super(provider);
    }

    private static final HexFormat HEX = HexFormat.of();
    /** For each path: exists lexists isfile isdir islink ismount getsize realpath realpath(strict) relpath samefile. */
    private static final String PY_BYTES = String.join("\n",
            "import os, os.path as p, sys",
            "os.chdir(sys.argv[1])",
            "def show(f):",
            "    try:",
            "        r = f()",
            "    except OSError as e:",
            "        return 'E%d' % e.errno",
            "    except ValueError:",
            "        return 'V'",
            "    if isinstance(r, bool):",
            "        return str(int(r))",
            "    return r.hex() or '-' if isinstance(r, bytes) else str(r)",
            "for h in sys.stdin.read().split():",
            "    b = bytes.fromhex(h.strip('-'))",
            "    print(' '.join(show(f) for f in (lambda: p.exists(b), lambda: p.lexists(b), lambda: p.isfile(b),",
            "        lambda: p.isdir(b), lambda: p.islink(b), lambda: p.ismount(b), lambda: p.getsize(b),",
            "        lambda: p.realpath(b), lambda: p.realpath(b, strict=True), lambda: p.relpath(b, b'd\\xfe'),",
            "        lambda: p.samefile(b, b'file'))))");

    private final OsPath path = os.path();
    @TempDir
    java.nio.file.Path tmp;
    private String root;
    private String cwd;

    @BeforeEach
    void tree() throws Exception {
        root = tmp + "/t\udcfe";
        os.mkdir(root);
        os.mkdir(root + "/\u00e9");
        os.mkdir(root + "/d\udcfe");
        write("file", "twelve bytes");
        write("\udcff", "ff");
        write("d\udcfe/x\udcfd", "x");
        os.symlink("\udcff", root + "/link\udcff");
        os.symlink("\u00e9", root + "/dirlink");
        os.symlink("nowhere\udcff", root + "/broken");
        os.symlink("loop2", root + "/loop1");
        os.symlink("loop1", root + "/loop2");
        os.symlink("../t\udcfe/d\udcfe/..", root + "/d\udcfe/up");
        cwd = os.getcwd();
        os.chdir(root);
    }

    @AfterEach
    void back() throws Exception {
        os.chdir(cwd);
    }

    private void write(String name, String text) throws OsException {
        int fd = os.open(root + "/" + name, os.O_CREAT() | os.O_WRONLY(), 0644);
        try {
            os.write(fd, text.getBytes(StandardCharsets.US_ASCII));
        } finally {
            os.close(fd);
        }
    }

    @Test
    void bytesPathsOnRealFilesAnswerAsCpython() throws Exception {
        List<byte[]> paths = new ArrayList<>();
        for (String name : new String[] {"file", "\udcff", "\u00e9", "d\udcfe", "d\udcfe/x\udcfd", "link\udcff",
            "dirlink", "broken", "loop1", "d\udcfe/up", "d\udcfe/up/\udcff", "missing\udcfc", "\udcff/", "\u00e9/",
            "\u00e9/../file", "link\udcff/x", "dirlink/..", ".", "/", "/proc", ""}) {
            paths.add(FsCodec.encode(name));
            if (!name.isEmpty() && !name.startsWith("/")) {
                paths.add(FsCodec.encode(root + "/" + name));
            }
        }
        String input = paths.stream().map(b -> b.length == 0 ? "-" : HEX.formatHex(b))
                .collect(Collectors.joining("\n"));
        String[] expected = Python.require313().withInput(PY_BYTES.replace("sys.argv[1]", repr(root)), input)
                .split("\n");
        for (int i = 0; i < paths.size(); i++) {
            assertEquals(expected[i], osprey(paths.get(i)), "path " + PyRepr.repr(paths.get(i)));
        }
    }

    private String osprey(byte[] b) {
        byte[] start = FsCodec.encode("d\udcfe");
        byte[] file = FsCodec.encode("file");
        return String.join(" ", show(() -> path.exists(b)), show(() -> path.lexists(b)), show(() -> path.isfile(b)),
                show(() -> path.isdir(b)), show(() -> path.islink(b)), show(() -> path.ismount(b)),
                show(() -> path.getsize(b)), show(() -> path.realpath(b)), show(() -> path.realpath(b, true)),
                show(() -> path.relpath(b, start)), show(() -> path.samefile(b, file)));
    }

    private interface Call {
        Object call() throws OsException;
    }

    private static String show(Call f) {
        Object r;
        try {
            r = f.call();
        } catch (OsException e) {
            return "E" + e.errno();
        } catch (IllegalArgumentException e) {
            return "V";
        }
        if (r instanceof Boolean bool) {
            return bool ? "1" : "0";
        }
        return r instanceof byte[] bytes ? (bytes.length == 0 ? "-" : HEX.formatHex(bytes)) : String.valueOf(r);
    }

    /** A Python literal for a file name given to the script, which runs in the tree. */
    private static String repr(String name) {
        return "bytes.fromhex('" + HEX.formatHex(FsCodec.encode(name)) + "')";
    }

    @Test
    void aNulInBytesIsFalseOrValueError() {
        byte[] nul = {'a', 0, 'b'};
        assertFalse(path.exists(nul));
        assertFalse(path.lexists(nul));
        assertFalse(path.isdir(nul));
        assertFalse(path.ismount(nul));
        assertThrows(IllegalArgumentException.class, () -> path.getsize(nul));
        assertThrows(IllegalArgumentException.class, () -> path.realpath(nul, true));
    }

    /** exists, isfile, isdir and the getters take a descriptor; a closed one is "no such file" to the predicates. */
    private static final int CLOSED_FD = 1000;

    @Test
    void descriptorsAnswerAsCpython() throws Exception {
        String script = String.join("\n",
                "import os, os.path as p, sys",
                "for name in sys.argv[1:]:",
                "    fd = os.open(bytes.fromhex(name), os.O_RDONLY)",
                "    print(int(p.exists(fd)), int(p.isfile(fd)), int(p.isdir(fd)), p.getsize(fd),",
                "          int(p.samefile(fd, bytes.fromhex(name))))",
                "    os.close(fd)",
                "    try:",
                "        p.getmtime(fd)",
                "    except OSError as e:",
                "        print(int(p.exists(fd)), int(p.isfile(fd)), int(p.isdir(fd)), e.errno)",
                "print(int(p.exists(-1)), int(p.isfile(-1)), int(p.isdir(-1)))");
        String[] names = {"file", "\udcff", "\u00e9", "link\udcff", "dirlink"};
        List<String> hex = new ArrayList<>();
        for (String n : names) {
            hex.add(HEX.formatHex(FsCodec.encode(root + "/" + n)));
        }
        List<String> expected = Python.require313().lines(script, hex.toArray(new String[0]));
        List<String> got = new ArrayList<>();
        for (String n : names) {
            String name = root + "/" + n;
            int fd = os.open(name, os.O_RDONLY());
            int again = os.open(name, os.O_RDONLY());
            try {
                got.add(bit(path.exists(fd)) + " " + bit(path.isfile(fd)) + " " + bit(path.isdir(fd)) + " "
                        + path.getsize(fd) + " " + bit(path.samefile(fd, again)));
                assertEquals(os.stat(name).mtime(), path.getmtime(fd));
                assertEquals(os.stat(name).atime(), path.getatime(fd));
                assertEquals(os.stat(name).ctime(), path.getctime(fd));
            } finally {
                os.close(again);
            }
            // a closed descriptor, numbered high: the JVM's other threads open the lowest free numbers, so no
            // open elsewhere takes it back between the close and the questions (as a just-closed low one may)
            int gone = os.dup2(fd, CLOSED_FD);
            os.close(fd);
            os.close(gone);
            OsException closed = assertThrows(OsException.class, () -> path.getmtime(gone));
            got.add(bit(path.exists(gone)) + " " + bit(path.isfile(gone)) + " " + bit(path.isdir(gone)) + " "
                    + closed.errno());
        }
        got.add(bit(path.exists(-1)) + " " + bit(path.isfile(-1)) + " " + bit(path.isdir(-1)));
        assertEquals(expected, got);
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }
}
