package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * Text mode ({@code mode='w+'}) through the public API, compared with CPython 3.13 where it helps. (Random
 * sequences of every operation are compared in {@code internal.io.TextModeGoldenTest}.)
 */
class TextModeTest {
    private static final String TEXT = "a\nb\r\nc\rd \u00e9\u20ac\ud83d\ude00\udcff \u0416 \u4e2d\n";
    private static final List<String> ENCODINGS = List.of("utf-8", "latin-1", "cp1252", "utf-16", "utf-16-be",
            "utf-32", "utf-8-sig", "ascii", "koi8-r");
    private static final List<String> ERRORS = List.of("strict", "replace", "ignore", "surrogateescape",
            "backslashreplace", "xmlcharrefreplace", "namereplace");
    private static final List<String> NEWLINES = List.of("None", "", "\n", "\r", "\r\n");

    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    private TempOptions inTmp() {
        return TempOptions.DEFAULT.withDir(tmp.toString());
    }

    private static String hex(String s) {
        return s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining("."));
    }

    /**
     * For every encoding, error handler and newline: the bytes that writing {@link #TEXT} puts in the file (or
     * the error), the text read back, and {@code newlines}.
     */
    @Test
    void theBytesOnDiskAndTheTextReadBackAreCpythons() throws Exception {
        String script = String.join("\n",
                "import os, sys, tempfile",
                "text = ''.join(chr(int(c, 16)) for c in sys.argv[1].split('.'))",
                "for enc in sys.argv[2].split(','):",
                "    for err in sys.argv[3].split(','):",
                "        for nl in sys.argv[4].split(','):",
                "            newline = None if nl == 'None' else bytes.fromhex(nl).decode()",
                "            with tempfile.TemporaryFile('w+', encoding=enc, errors=err, newline=newline,",
                "                                        dir=sys.argv[5]) as f:",
                "                try:",
                "                    f.write(text); f.flush(); data = os.pread(f.fileno(), 1000, 0).hex()",
                "                except UnicodeError:",
                "                    data = 'ERR'",
                "                try:",
                "                    f.seek(0); back = '.'.join('%x' % ord(c) for c in f.read())",
                "                except (UnicodeError, TypeError):",
                "                    back = 'ERR'",
                "                n = f.newlines",
                "                n = '' if n is None else '|'.join(n) if isinstance(n, tuple) else n",
                "                print(enc, err, nl, data, back, n.encode().hex())");
        List<String> newlines = NEWLINES.stream().map(n -> n.equals("None") ? n
                : HexFormat.of().formatHex(n.getBytes(StandardCharsets.UTF_8))).collect(Collectors.toList());
        List<String> expected = Python.require313().lines(script, hex(TEXT), String.join(",", ENCODINGS),
                String.join(",", ERRORS), String.join(",", newlines), tmp.toString());
        List<String> actual = new ArrayList<>();
        for (String enc : ENCODINGS) {
            for (String err : ERRORS) {
                for (int i = 0; i < NEWLINES.size(); i++) {
                    String nl = NEWLINES.get(i);
                    TextOptions text = new TextOptions(enc, err, nl.equals("None") ? null : nl);
                    try (TemporaryTextFile f = tf.temporaryFile(inTmp(), text)) {
                        String data;
                        try {
                            f.write(TEXT);
                            data = HexFormat.of().formatHex(os.pread(f.fileno(), 1000, 0));
                        } catch (CharacterCodingException e) {
                            data = "ERR";
                        }
                        String back;
                        try {
                            f.seek(0);
                            back = hex(f.read());
                        } catch (CharacterCodingException | IllegalArgumentException e) {
                            back = "ERR";
                        }
                        String seen = String.join("|", f.newlines());
                        actual.add(enc + " " + err + " " + newlines.get(i) + " " + data + " " + back + " "
                                + HexFormat.of().formatHex(seen.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void badArgumentsFailBeforeAnyFileIsMade() throws Exception {
        assertThrows(NoSuchElementException.class,
                () -> tf.temporaryFile(inTmp(), TextOptions.DEFAULT.withEncoding("no-such-codec")));
        assertThrows(NoSuchElementException.class,
                () -> tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(tmp.toString()),
                        TextOptions.DEFAULT.withErrors("no-such-handler")));
        assertThrows(IllegalArgumentException.class,
                () -> tf.spooledTemporaryFile(0, inTmp(), TextOptions.DEFAULT.withNewline("\n\r")));
        assertThrows(UnsupportedOperationException.class,
                () -> tf.temporaryFile(inTmp(), TextOptions.DEFAULT.withErrors("surrogatepass")));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> tf.namedTemporaryFile(
                NamedTempOptions.DEFAULT.withDir(tmp.toString()), TextOptions.DEFAULT.withEncoding("rot13")));
        assertEquals("unknown encoding: rot13", e.getMessage());
        assertEquals(List.of(), os.listdir(tmp.toString()));
    }

    @Test
    void encodingNamesAreCpythonsAndDefaultsAsCpythons() throws Exception {
        String script = String.join("\n",
                "import sys, tempfile",
                "for enc in sys.argv[1].split(','):",
                "    with tempfile.TemporaryFile('w+', encoding=None if enc == 'None' else enc) as f:",
                "        print(f.encoding, f.errors)");
        List<String> names = List.of("None", "locale", "UTF-8", "Latin-1", "latin_1", "cp1252", "utf-16");
        List<String> actual = new ArrayList<>();
        for (String name : names) {
            try (TemporaryTextFile f = tf.temporaryFile(inTmp(), TextOptions.DEFAULT
                    .withEncoding(name.equals("None") ? null : name))) {
                actual.add(f.encoding() + " " + f.errors());
            }
        }
        assertEquals(Python.require313().lines(script, String.join(",", names)), actual);
    }

    @Test
    void aNamedTextFileIsReadByNameAndRemovedLikeTheBinaryOne() throws Exception {
        String name;
        try (NamedTemporaryTextFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(tmp.toString())
                .withDeleteOnClose(false).withSuffix(".txt"), TextOptions.DEFAULT.withEncoding("utf-16-le"))) {
            name = f.name();
            assertTrue(name.endsWith(".txt"), name);
            assertEquals(4, f.write("h\u00e9\n\u20ac"));
            assertArrayEquals("h\u00e9\n\u20ac".getBytes(StandardCharsets.UTF_16LE), Files.readAllBytes(Path.of(name)),
                    "written through at once");
            f.closeFile();
            assertFalse(f.isOpen());
            assertThrows(ClosedChannelException.class, () -> f.read());
            assertTrue(os.path().exists(name), "delete_on_close=False");
        }
        assertFalse(os.path().lexists(name));
    }

    @Test
    void bytesArgumentsGiveTextFilesBytesNames() throws Exception {
        byte[] dirb = os.fsencode(tmp.toString());
        try (TemporaryTextFile f = tf.temporaryFile(BytesTempOptions.DEFAULT.withDir(dirb), TextOptions.DEFAULT)) {
            f.write("x");
            assertEquals(List.of(), os.listdir(tmp.toString()), "no name");
        }
        Supported.of(os).run("open", () -> {
            try (NamedTemporaryTextFile f = tf.namedTemporaryFile(BytesNamedTempOptions.DEFAULT.withDir(dirb)
                    .withPrefix(new byte[] {'t', (byte) 0xff}), TextOptions.DEFAULT)) {
                assertEquals(os.fsdecode(f.nameb()), f.name());
                assertTrue(os.path().basename(f.name()).startsWith("t\udcff"), f.name());
            }
        });
        assertEquals(List.of(), os.listdir(tmp.toString()));
    }

    /**
     * A text SpooledTemporaryFile as CPython 3.13's: it rolls over when a write leaves {@code tell()} past
     * {@code max_size}, keeps its position, and its {@code encoding}, {@code errors} and {@code newlines} are those
     * of the file it holds (so {@code newlines} starts afresh after the rollover).
     */
    @Test
    void aSpooledTextFileRollsOverAsCpythons() throws Exception {
        String script = String.join("\n",
                "import sys, tempfile",
                "f = tempfile.SpooledTemporaryFile(12, 'w+', encoding='utf-16', newline=None, errors='replace',",
                "                                  dir=sys.argv[1])",
                "def show(): print(f._rolled, f.tell(), f.encoding, f.errors, repr(f.newlines))",
                "f.write('ab\\r\\n'); show()",
                "f.seek(0); print(repr(f.readline())); show()",
                "f.write('cd'); show()",
                "f.seek(0); print(repr(f.read())); show()",
                "f.seek(0); print(repr(f.read(1))); print(f.truncate(100), f._rolled); show()");
        List<String> expected = Python.require313().lines(script, tmp.toString());
        List<String> actual = new ArrayList<>();
        try (SpooledTemporaryTextFile f = tf.spooledTemporaryFile(12, inTmp(), new TextOptions("utf-16", "replace",
                null))) {
            Runnable show = () -> {
                try {
                    actual.add(py(f.rolled()) + " " + f.tell() + " " + f.encoding() + " " + f.errors() + " "
                            + pyNewlines(f.newlines()));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            };
            f.write("ab\r\n");
            show.run();
            f.seek(0);
            actual.add(PyRepr.repr(f.readline()));
            show.run();
            f.write("cd");
            show.run();
            f.seek(0);
            actual.add(PyRepr.repr(f.read()));
            show.run();
            f.seek(0);
            actual.add(PyRepr.repr(f.read(1)));
            actual.add(f.truncate(100) + " " + py(f.rolled()));
            show.run();
            assertEquals(100, os.lseek(f.fileno(), 0, os.SEEK_END()), "a file on disk grows");
        }
        assertEquals(expected, actual);
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    private static String pyNewlines(List<String> n) {
        if (n.isEmpty()) {
            return "None";
        }
        List<String> reprs = n.stream().map(PyRepr::repr).collect(Collectors.toList());
        return n.size() == 1 ? reprs.get(0) : "(" + String.join(", ", reprs) + ")";
    }

    @Test
    void filenoRollsASpooledTextFileOverAndTheTextStaysWhereItWas() throws Exception {
        try (SpooledTemporaryTextFile f = tf.spooledTemporaryFile(0, inTmp(), TextOptions.DEFAULT
                .withEncoding("utf-8-sig"))) {
            f.write("\u00e9t\u00e9\nhiver\n");
            f.seek(0);
            assertEquals("\u00e9t\u00e9\n", f.readline());
            assertFalse(f.rolled());
            int fd = f.fileno();
            assertTrue(f.rolled());
            assertEquals("hiver\n", f.readline());
            assertArrayEquals("\ufeff\u00e9t\u00e9\nhiver\n".getBytes(StandardCharsets.UTF_8),
                    os.pread(fd, 100, 0));
        }
    }

    /** The views: a BufferedReader's lines, a PrintWriter, and a surrogate pair split between two writes. */
    @Test
    void readerAndWriterViews() throws Exception {
        TemporaryTextFile f = tf.temporaryFile(inTmp(), TextOptions.DEFAULT.withEncoding("utf-8").withNewline(""));
        int fd = f.fileno();
        String target = OpenFds.available() ? Descriptors.target(os, fd) : null;
        Writer w = f.writer();
        PrintWriter out = new PrintWriter(w);
        out.print("one\r\ntwo\n");
        out.flush();
        char[] smiley = "\ud83d\ude00".toCharArray();
        w.write(smiley, 0, 1);
        w.write(smiley, 1, 1);
        w.flush();
        f.seek(0);
        BufferedReader in = new BufferedReader(f.reader());
        assertEquals(List.of("one", "two", "\ud83d\ude00"), in.lines().collect(Collectors.toList()));
        assertArrayEquals("one\r\ntwo\n\ud83d\ude00".getBytes(StandardCharsets.UTF_8), os.pread(fd, 100, 0));
        f.seek(0);
        char[] one = new char[1];
        assertEquals(1, f.reader().read(one));
        assertEquals('o', one[0]);
        in.close();
        assertFalse(f.isOpen(), "closing a view closes the file");
        if (target != null) {
            assertTrue(Descriptors.closed(os, fd, target));
        }
    }

    @Test
    void seekRefusesWhatCpythonRefuses() throws Exception {
        try (TemporaryTextFile f = tf.temporaryFile(inTmp(), TextOptions.DEFAULT)) {
            f.write("abc");
            assertEquals("can't do nonzero cur-relative seeks",
                    assertThrows(IllegalArgumentException.class, () -> f.seek(1, TemporaryTextFile.SEEK_CUR))
                            .getMessage());
            assertEquals("can't do nonzero end-relative seeks",
                    assertThrows(IllegalArgumentException.class, () -> f.seek(-1, TemporaryTextFile.SEEK_END))
                            .getMessage());
            assertEquals("invalid whence (3, should be 0, 1 or 2)",
                    assertThrows(IllegalArgumentException.class, () -> f.seek(0, 3)).getMessage());
            assertEquals("negative seek position -1",
                    assertThrows(IllegalArgumentException.class, () -> f.seek(-1)).getMessage());
            assertEquals(3, f.seek(0, TemporaryTextFile.SEEK_END));
        }
    }
}
