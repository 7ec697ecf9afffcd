package org.osprey.linecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/** {@code linecache} against CPython's on the same real files. */
class LinecacheTest {
    private static final long T0 = 1_600_000_000_000_000_000L;
    private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Os os = Os.get();
    private final Linecache linecache = Linecache.of(os);

    @TempDir
    Path tmp;

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    @BeforeEach
    void sources() throws IOException {
        files.put("plain.py", utf8("import os\nprint(os.sep)\n"));
        files.put("no-newline.py", utf8("a = 1\nb = 2"));
        files.put("crlf.py", utf8("a\r\nb\r\nc\rd\r"));
        files.put("bom.py", concat(BOM, utf8("x = 'é'\n")));
        files.put("bom-utf8-cookie.py", concat(BOM, utf8("# coding: utf-8\nx = 'é'\n")));
        files.put("latin1.py", "# -*- coding: latin-1 -*-\nx = 'é'\n".getBytes(LATIN_1));
        files.put("cookie-line2.py",
                "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\ns = '€'\n"
                        .getBytes(Charset.forName("ISO-8859-15")));
        files.put("cookie-line3.py", "x = 1\n# coding: latin-1\ns = 'é'\n".getBytes(LATIN_1));
        files.put("cookie-after-code.py", "x = 1\n# coding: latin-1\n".getBytes(LATIN_1));
        files.put("bom-latin1-cookie.py", concat(BOM, utf8("# coding: latin-1\n")));
        files.put("bom-utf8-alias-cookie.py", concat(BOM, utf8("# coding: utf8\nx\n")));
        files.put("bom-utf-8-spelling-cookie.py", concat(BOM, utf8("# vim: fileencoding=UTF_8-unix\nx\n")));
        files.put("unknown-cookie.py", utf8("# coding: klingon\nx\n"));
        files.put("bad-utf8.py", new byte[] {'x', '\n', (byte) 0xff, '\n'});
        files.put("empty.py", new byte[0]);
        files.put("separators.py", utf8("a\u000cb\u2028c\u0085d\u000be\n"));
        files.put("only-bom.py", BOM);
        for (var e : files.entrySet()) {
            Files.write(tmp.resolve(e.getKey()), e.getValue());
        }
        Files.createDirectory(tmp.resolve("adir"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Each name, then its lines: fields separated by \1, records by \2 (neither occurs in the sources). */
    private static final String GETLINES = String.join("\n",
            "import linecache, sys",
            "sys.path.insert(0, sys.argv[1])",
            "for name in sys.argv[2:]:",
            "    sys.stdout.write('\\x01'.join([name] + linecache.getlines(name)) + '\\x02')");

    private String mine(List<String> names, LinecacheOptions options) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            List<String> fields = new ArrayList<>(List.of(name));
            fields.addAll(linecache.getlines(name, options));
            out.append(String.join("\u0001", fields)).append('\u0002');
        }
        return out.toString();
    }

    private String python(String searchDir, List<String> names) throws Exception {
        List<String> args = new ArrayList<>(List.of(searchDir));
        args.addAll(names);
        return new String(Python.MODERN.runBytes(GETLINES, args.toArray(String[]::new)), StandardCharsets.UTF_8);
    }

    @Test
    void linesAreWhatPythonReads() throws Exception {
        List<String> names = new ArrayList<>();
        for (String name : files.keySet()) {
            names.add(tmp.resolve(name).toString());
        }
        names.addAll(List.of(tmp.resolve("missing.py").toString(), tmp.resolve("adir").toString(), "<stdin>",
                "<console>", ""));
        String expected = python(tmp.toString(), names);
        assertEquals(expected, mine(names, LinecacheOptions.DEFAULT));
        assertTrue(expected.contains("a = 1\n\u0001b = 2\n\u0002"), "the oracle appends the missing newline");
        assertTrue(expected.contains("# -*- coding: latin-1 -*-\n\u0001x = 'é'\n"), "the oracle read latin-1");
    }

    @Test
    void relativeNamesAreSearchedOnThePath() throws Exception {
        List<String> names = List.of("plain.py", "latin1.py", "not-there-anywhere.py", "adir");
        LinecacheOptions options = LinecacheOptions.DEFAULT.withPath(List.of(tmp.resolve("adir").toString(),
                tmp.toString()));
        String expected = python(tmp.toString(), names);
        assertEquals(expected, mine(names, options));
        assertEquals("print(os.sep)\n", linecache.getline("plain.py", 2));
        assertEquals("", linecache.getline("plain.py", 3));
        assertEquals("", linecache.getline("plain.py", 0));
        linecache.clearcache();
        assertEquals("", linecache.getline("plain.py", 2), "without the path the name is not found");
        String absolute = tmp.resolve("nowhere/plain.py").toString();
        assertEquals(List.of(), linecache.getlines(absolute, options), "absolute names are never searched");
    }

    @Test
    void neverThrowsForABadName() {
        assertEquals("", linecache.getline("a\0b", 1));
        assertEquals(List.of(), linecache.getlines(tmp + "/a\0b",
                LinecacheOptions.DEFAULT.withPath(List.of(tmp.toString()))));
        // (CPython 3.13 itself caches the code of "python -c" under <string>: interpreter state, not a file)
        assertEquals(List.of(), linecache.updatecache("<string>"));
    }

    @Test
    void checkcacheDropsEntriesWhoseFileChangedOrVanished() throws Exception {
        String a = tmp.resolve("a.py").toString();
        String b = tmp.resolve("b.py").toString();
        put(a, "one\n", T0);
        put(b, "bee\n", T0);
        assertEquals("one\n", linecache.getline(a, 1));
        assertEquals("bee\n", linecache.getline(b, 1));

        put(a, "two\n", T0);
        linecache.checkcache();
        assertEquals("one\n", linecache.getline(a, 1), "same size and mtime: kept, as in Python");

        put(a, "two\n", T0 + 1);
        linecache.checkcache(b);
        assertEquals("one\n", linecache.getline(a, 1), "checkcache(other) leaves it alone");
        linecache.checkcache(a);
        assertEquals("two\n", linecache.getline(a, 1), "a changed mtime drops it");

        put(a, "three\n", T0 + 1);
        linecache.checkcache();
        assertEquals("three\n", linecache.getline(a, 1), "a changed size drops it");

        Files.delete(Path.of(b));
        linecache.checkcache();
        assertEquals("", linecache.getline(b, 1), "a vanished file drops it");
        linecache.checkcache("never-cached.py");
    }

    @Test
    void checkcacheSequenceMatchesPython() throws Exception {
        String a = tmp.resolve("seq.py").toString();
        String script = String.join("\n",
                "import linecache, os, sys",
                "a, t = sys.argv[1], int(sys.argv[2])",
                "def put(s, ns):",
                "    open(a, 'w').write(s); os.utime(a, ns=(ns, ns))",
                "put('one\\n', t); print(linecache.getline(a, 1), end='')",
                "put('two\\n', t); linecache.checkcache(); print(linecache.getline(a, 1), end='')",
                "put('two\\n', t + 10**9); linecache.checkcache(a); print(linecache.getline(a, 1), end='')",
                "os.remove(a); linecache.checkcache(); print(repr(linecache.getline(a, 1)))",
                "put('new\\n', t); print(linecache.updatecache(a))");
        String expected = new String(Python.MODERN.runBytes(script, a, Long.toString(T0)), StandardCharsets.UTF_8);
        StringBuilder mine = new StringBuilder();
        put(a, "one\n", T0);
        mine.append(linecache.getline(a, 1));
        put(a, "two\n", T0);
        linecache.checkcache();
        mine.append(linecache.getline(a, 1));
        put(a, "two\n", T0 + 1_000_000_000L);
        linecache.checkcache(a);
        mine.append(linecache.getline(a, 1));
        Files.delete(Path.of(a));
        linecache.checkcache();
        mine.append("'").append(linecache.getline(a, 1)).append("'\n");
        put(a, "new\n", T0);
        mine.append("['").append(String.join("', '", linecache.updatecache(a)).replace("\n", "\\n"))
                .append("']\n");
        assertEquals("one\none\ntwo\n''\n['new\\n']\n", expected, "the oracle's own sequence");
        assertEquals(expected, mine.toString());
    }

    private void put(String path, String content, long mtimeNs) throws IOException {
        Files.writeString(Path.of(path), content);
        os.utimeNs(path, mtimeNs, mtimeNs, At.DEFAULT);
    }

    @Test
    void aLoaderSuppliesSourceForNamesWithoutAFile() throws Exception {
        String source = "a\rb\u000cc\r\nd";
        String expected = new String(Python.MODERN.runBytes("import sys; print([l + '\\n' for l in sys.argv[1].splitlines()])",
                source), StandardCharsets.UTF_8);
        assertTrue(linecache.lazycache("mod.py", () -> source));
        assertTrue(linecache.lazycache("mod.py", () -> "ignored"), "an existing lazy entry stays");
        List<String> lines = linecache.getlines("mod.py");
        assertEquals(expected.strip(), "['" + String.join("', '", lines).replace("\n", "\\n").replace("\u000c",
                "\\x0c") + "']");
        assertEquals("c\n", linecache.getline("mod.py", 3));
        assertFalse(linecache.lazycache("mod.py", () -> "x"), "already loaded");
        linecache.checkcache();
        assertSame(lines, linecache.getlines("mod.py"), "loader entries are never stale");

        assertFalse(linecache.lazycache("<stdin>", () -> "x"));
        assertFalse(linecache.lazycache("", () -> "x"));
        assertFalse(linecache.lazycache("other.py", null));
        assertEquals(List.of(), linecache.getlines("none.py", LinecacheOptions.DEFAULT.withLoader(() -> null)));

        // a failing loader is Python's ImportError/OSError: the path is searched instead
        LinecacheOptions failing = LinecacheOptions.DEFAULT.withPath(List.of(tmp.toString())).withLoader(() -> {
            throw new IOException("no source");
        });
        assertEquals("import os\n", linecache.getline("plain.py", 1, failing));
    }

    @Test
    void aFileBeatsTheLoader() {
        String plain = tmp.resolve("plain.py").toString();
        LinecacheOptions loader = LinecacheOptions.DEFAULT.withLoader(() -> "from the loader\n");
        assertEquals("import os\n", linecache.getline(plain, 1, loader));
        assertFalse(linecache.lazycache(plain, () -> "x"), "cached from the file");
        linecache.clearcache();
        assertTrue(linecache.lazycache(plain, () -> "x"));
        assertEquals("import os\n", linecache.getline(plain, 1), "updatecache stats the file first");
    }

    @Test
    void readsLeaveNoDescriptorOpen() throws Exception {
        assumeTrue(OpenFds.available(), "counts descriptors through /proc");
        long before = OpenFds.count();
        for (int i = 0; i < 100; i++) {
            linecache.clearcache();
            for (String name : List.of("plain.py", "bad-utf8.py", "unknown-cookie.py", "adir", "missing.py")) {
                linecache.getlines(tmp.resolve(name).toString());
            }
        }
        assertEquals(before, OpenFds.count());
    }

    @Test
    void linesAreUnmodifiable() {
        List<String> lines = linecache.getlines(tmp.resolve("plain.py").toString());
        assertThrows(UnsupportedOperationException.class, () -> lines.add("x"));
    }
}
