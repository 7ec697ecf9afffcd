package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.io.TextIO;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/**
 * Text mode against CPython 3.13: the same scripts of operations ({@code src/test/python/textio_ops.py} explains
 * them) run on CPython's {@code TemporaryFile('w+', ...)}, {@code NamedTemporaryFile} and
 * {@code SpooledTemporaryFile} and on Osprey's, for many encodings, error handlers and newline modes, and every
 * result must be the same: the text read, the number written, the {@code tell()} cookies (compared as CPython's
 * integers), the bytes in the file, the bytes' position, {@code newlines}, and which operations fail. The scripts
 * are drawn from a fixed seed; {@code -DargLine="-Dseed=N -Dscripts=M"} draws M others (tens of thousands have
 * passed).
 */
class TextModeGoldenTest {
    private static final List<String> ENCODINGS = List.of("-", "utf-8", "UTF8", "latin-1", "ascii", "cp1252",
            "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_be", "utf-8-sig", "iso8859-15", "koi8-r",
            "mac-roman", "cp437");
    private static final List<String> ERRORS = List.of("-", "strict", "replace", "ignore", "surrogateescape",
            "backslashreplace", "xmlcharrefreplace", "namereplace");
    private static final List<String> NEWLINES = List.of("-", "", "\n", "\r", "\r\n");
    private static final List<String> PIECES = List.of("a", "b", "xyz", " ", "\n", "\n", "\r", "\r\n", "\r\n",
            "\u00e9", "\u20ac", "\ud83d\ude00", "\udcff", "\u00ff", "\u0416", "\ufeff", "\u4e2d");

    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    /** One scenario: the header line and the operations. */
    private record Scenario(String header, List<String> ops) {
    }

    private static String hex(String s) {
        return s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining("."));
    }

    private static String text(String h) {
        StringBuilder s = new StringBuilder();
        if (!h.isEmpty()) {
            for (String c : h.split("\\.")) {
                s.appendCodePoint(Integer.parseInt(c, 16));
            }
        }
        return s.toString();
    }

    private String randomText(Random random, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            s.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return s.toString();
    }

    private static String randomBytes(Random random, int n) {
        byte[] pool = {'a', 'b', '\r', '\n', (byte) 0xc3, (byte) 0xa9, (byte) 0xe2, (byte) 0x82, (byte) 0xac,
            (byte) 0xff, (byte) 0xfe, 0, (byte) 0x80, (byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 0xd8};
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = pool[random.nextInt(pool.length)];
        }
        return HexFormat.of().formatHex(b);
    }

    private Scenario randomScenario(Random random) {
        String kind = List.of("temp", "temp", "named", "spooled").get(random.nextInt(4));
        String nl = NEWLINES.get(random.nextInt(NEWLINES.size()));
        int maxSize = List.of(0, 5, 100, 20000).get(random.nextInt(4));
        String header = "=== " + kind + " " + ENCODINGS.get(random.nextInt(ENCODINGS.size())) + " "
                + ERRORS.get(random.nextInt(ERRORS.size())) + " " + (nl.equals("-") ? "-" : hex(nl)) + " "
                + maxSize + " " + HexFormat.of().formatHex(os.fsencode(tmp.toString()));
        List<String> ops = new ArrayList<>();
        int tells = 0;
        int fresh = 0; // the first cookie since the bytes were replaced: CPython reads past its snapshot (over-reads
                       // memory) when it rebuilds a position of other bytes, so older cookies are not used again
        int n = 5 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            int pick = random.nextInt(100);
            if (pick < 20) {
                // now and then a long text, so that reads cross the 8192-byte chunks
                ops.add("w " + hex(randomText(random, random.nextInt(10) == 0 ? 3000 : 1 + random.nextInt(8))));
            } else if (pick < 35) {
                ops.add("r " + List.of(-1, 0, 1, 2, 3, 5, 9, 100, 5000).get(random.nextInt(9)));
            } else if (pick < 45) {
                ops.add("l " + List.of(-1, -1, -1, 0, 1, 2, 7).get(random.nextInt(7)));
            } else if (pick < 60) {
                ops.add("t");
                tells++;
            } else if (pick < 68 && tells > fresh) {
                ops.add("s " + (fresh + random.nextInt(tells - fresh)));
            } else if (pick < 73) {
                ops.add(List.of("z", "c", "e").get(random.nextInt(3)));
            } else if (pick < 76) {
                ops.add(random.nextBoolean() ? "T" : "T " + random.nextInt(30));
            } else if (pick < 82) {
                ops.add("N");
            } else if (pick < 87) {
                ops.add("B");
            } else if (pick < 90) {
                ops.add("P");
            } else if (pick < 93 && !kind.equals("spooled")) {
                ops.add("X " + randomBytes(random, random.nextInt(10) == 0 ? 9000 : random.nextInt(40)));
                fresh = tells;
            } else if (pick < 95 && kind.equals("spooled")) {
                ops.add("O");
            } else if (pick < 97) {
                ops.add("L");
            } else {
                ops.add("E");
            }
        }
        return new Scenario(header, ops);
    }

    private TemporaryTextFile open(String[] h) throws IOException {
        TextOptions text = new TextOptions(h[2].equals("-") ? null : h[2], h[3].equals("-") ? null : h[3],
                h[4].equals("-") ? null : text(h[4]));
        String dir = os.fsdecode(HexFormat.of().parseHex(h[6]));
        switch (h[1]) {
            case "temp":
                return tf.temporaryFile(TempOptions.DEFAULT.withDir(dir), text);
            case "named":
                return tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir), text);
            default:
                return tf.spooledTemporaryFile(Integer.parseInt(h[5]), TempOptions.DEFAULT.withDir(dir), text);
        }
    }

    private static boolean inMemory(TemporaryTextFile f) {
        return f instanceof SpooledTemporaryTextFile s && !s.rolled();
    }

    private List<String> run(Scenario scenario) throws IOException {
        List<String> out = new ArrayList<>();
        out.add(scenario.header());
        List<Long> cookies = new ArrayList<>();
        try (TemporaryTextFile f = open(scenario.header().split(" "))) {
            for (String op : scenario.ops()) {
                String name = op.substring(0, 1);
                String arg = op.length() > 2 ? op.substring(2) : "";
                String result;
                try {
                    result = apply(f, name, arg, cookies);
                } catch (CharacterCodingException e) {
                    result = "ERR UnicodeError";
                } catch (NoSuchElementException e) {
                    result = "ERR LookupError";
                } catch (IllegalArgumentException | ClosedChannelException e) {
                    result = "ERR ValueError";
                } catch (IOException e) {
                    result = "ERR OSError";
                }
                out.add(op + " -> " + result);
            }
        }
        return out;
    }

    private String apply(TemporaryTextFile f, String name, String arg, List<Long> cookies) throws IOException {
        switch (name) {
            case "w":
                return Integer.toString(f.write(text(arg)));
            case "r":
                return hex(f.read(Integer.parseInt(arg)));
            case "l":
                return hex(f.readline(Integer.parseInt(arg)));
            case "L":
                return f.readlines().stream().map(TextModeGoldenTest::hex).collect(Collectors.joining("|"));
            case "t":
                long cookie = f.tell();
                cookies.add(cookie);
                return TextIO.pythonCookie(cookie).toString();
            case "s":
                return TextIO.pythonCookie(f.seek(cookies.get(Integer.parseInt(arg)))).toString();
            case "z":
                return Long.toString(f.seek(0));
            case "c":
                return TextIO.pythonCookie(f.seek(0, TemporaryTextFile.SEEK_CUR)).toString();
            case "e":
                return Long.toString(f.seek(0, TemporaryTextFile.SEEK_END));
            case "T":
                return Long.toString(arg.isEmpty() ? f.truncate() : f.truncate(Long.parseLong(arg)));
            case "N":
                return f.newlines().stream().map(TextModeGoldenTest::hex).collect(Collectors.joining("|"));
            case "B":
                f.flush();
                return inMemory(f) ? "-" : HexFormat.of().formatHex(os.pread(f.fileno(), 1 << 24, 0));
            case "P":
                f.flush();
                return inMemory(f) ? "-" : Long.toString(os.lseek(f.fileno(), 0, os.SEEK_CUR()));
            case "X":
                os.ftruncate(f.fileno(), 0);
                os.pwrite(f.fileno(), HexFormat.of().parseHex(arg), 0);
                return Long.toString(f.seek(0));
            case "O":
                ((SpooledTemporaryTextFile) f).rollover();
                return "";
            case "E":
                return f.encoding() + " " + f.errors();
            case "C":
                f.close();
                return "";
            default:
                throw new AssertionError(name);
        }
    }

    private void compare(List<Scenario> scenarios) throws IOException {
        StringBuilder input = new StringBuilder();
        for (Scenario s : scenarios) {
            input.append(s.header()).append('\n');
            s.ops().forEach(op -> input.append(op).append('\n'));
        }
        List<String> expected = List.of(Python.require313().runFileWithInput(Path.of("src/test/python/textio_ops.py"),
                input.toString()).split("\n"));
        List<String> actual = new ArrayList<>();
        for (Scenario s : scenarios) {
            actual.addAll(run(s));
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                int start = i;
                while (start > 0 && !expected.get(start).startsWith("===")) {
                    start--;
                }
                assertEquals(String.join("\n", expected.subList(start, i + 1)),
                        String.join("\n", actual.subList(start, i + 1)), "line " + i);
            }
        }
        assertEquals(expected.size(), actual.size());
    }

    @Test
    void randomScriptsGiveCpythonsResults() throws IOException {
        Random random = new Random(Long.getLong("seed", 20261206));
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("scripts", 600); i++) {
            scenarios.add(randomScenario(random));
        }
        compare(scenarios);
    }
}
