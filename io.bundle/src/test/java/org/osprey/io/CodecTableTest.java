package org.osprey.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/**
 * The encoding table is CPython's: {@code python-codecs.txt} is what {@code src/test/python/python_codecs.py}
 * prints on CPython 3.13, names are looked up as {@code codecs.lookup} does, and the JDK charsets marked exact
 * decode as CPython's codecs do.
 */
class CodecTableTest {
    private static final Path TABLE = Path.of("src/main/resources/org/osprey/io/python-codecs.txt");

    @Test
    void theTableIsWhatTheScriptPrints() throws Exception {
        assertEquals(Python.require313().runFile(Path.of("src/test/python/python_codecs.py")),
                Files.readString(TABLE));
    }

    @Test
    void namesAreLookedUpAsCodecsLookupDoes() {
        List<String> names = List.of("UTF-8", "utf8", "U8", "utf_8", " utf--8 ", "Latin-1", "latin 1", "L1",
                "ISO_8859-1", "iso8859_15", "CP1252", "windows-1252", "UTF-16", "utf16", "UTF-16LE", "utf_16_le",
                "unicodelittleunmarked", "UTF-32-BE", "utf-8-sig", "UTF_8-SIG", "ascii", "US-ASCII", "646", "koi8_r",
                "macintosh", "mac-roman", "cp437", "IBM437", "shift-jis", "sjis", "euc_jp", "cp932", "ms932",
                "big5", "gb2312", "iso2022_jp");
        List<String> expected = Python.require313().lines(
                "import codecs, sys\nfor n in sys.argv[1:]: print(codecs.lookup(n).name)", names.toArray(String[]::new));
        assertEquals(expected, names.stream().map(n -> Codec.lookup(n).name()).collect(Collectors.toList()));
        // neither CPython nor the JDK knows these
        for (String unknown : List.of("UTF8-SIG", "utf-9", "")) {
            assertThrows(NoSuchElementException.class, () -> Codec.lookup(unknown), unknown);
        }
    }

    /** Each byte (and for gb2312 each pair of bytes) decodes to CPython's character, or fails as it does. */
    @Test
    void exactCharsetsDecodeAsCpythons() throws Exception {
        List<String[]> exact = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            String[] f = line.split(" ");
            if (f[3].equals("exact") && !f[2].equals("-") && exact.stream().noneMatch(e -> e[1].equals(f[1]))) {
                exact.add(f);
            }
        }
        String script = String.join("\n",
                "import sys",
                "for name in sys.argv[1:]:",
                "    seqs = [bytes([i]) for i in range(256)]",
                "    if name == 'gb2312': seqs += [bytes([i, j]) for i in range(0x80, 256) for j in range(0x40, 256)]",
                "    out = []",
                "    for s in seqs:",
                "        try: out.append('.'.join('%x' % ord(c) for c in s.decode(name)))",
                "        except UnicodeDecodeError: out.append('E')",
                "    print(name, ' '.join(out))");
        List<String> expected = Python.require313().lines(script,
                exact.stream().map(e -> e[1]).filter(n -> !n.startsWith("utf")).toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        for (String[] e : exact) {
            if (e[1].startsWith("utf")) {
                continue; // the UTF codecs are compared sequence by sequence in TextModeGoldenTest
            }
            Charset cs = Charset.forName(e[2]);
            List<byte[]> seqs = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                seqs.add(new byte[] {(byte) i});
            }
            if (e[1].equals("gb2312")) {
                for (int i = 0x80; i < 256; i++) {
                    for (int j = 0x40; j < 256; j++) {
                        seqs.add(new byte[] {(byte) i, (byte) j});
                    }
                }
            }
            List<String> out = new ArrayList<>();
            for (byte[] s : seqs) {
                try {
                    String text = cs.newDecoder().decode(ByteBuffer.wrap(s)).toString();
                    out.add(text.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(".")));
                } catch (CharacterCodingException x) {
                    out.add("E");
                }
            }
            actual.add(e[1] + " " + String.join(" ", out));
        }
        assertEquals(expected, actual);
    }

    /** {@code errors='namereplace'} names characters as {@code unicodedata.name} does, where the JDK knows them. */
    @Test
    void namesOfCharactersAreUnicodedatas() {
        List<String> cps = new ArrayList<>();
        for (int cp = 0; cp < 0x32000; cp += cp < 0x10000 ? 1 : 7) {
            if (Character.isDefined(cp)) {
                cps.add(Integer.toHexString(cp));
            }
        }
        String script = "import sys, unicodedata\n" // all read first: the output must not fill the pipe meanwhile
                + "cps = sys.stdin.read().split()\n"
                + "print('\\n'.join(unicodedata.name(chr(int(cp, 16)), '-') for cp in cps))";
        List<String> expected = List.of(Python.require313().withInput(script, String.join("\n", cps) + "\n")
                .split("\n"));
        List<String> actual = cps.stream().map(h -> {
            String name = UnicodeNames.name(Integer.parseInt(h, 16));
            return name == null ? "-" : name;
        }).collect(Collectors.toList());
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < cps.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differ.add(cps.get(i) + " " + expected.get(i) + " / " + actual.get(i));
            }
        }
        assertEquals(List.of(), differ);
    }
}
