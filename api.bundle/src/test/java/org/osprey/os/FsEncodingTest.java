package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/**
 * The platforms' file system encodings. Windows' (UTF-8 with {@code surrogatepass}) is pure logic, so CPython
 * checks it here on any OS: {@code bytes.decode('utf-8', 'surrogatepass')} and {@code str.encode(...)}.
 */
class FsEncodingTest {
    private static final HexFormat HEX = HexFormat.of();

    /** A Java string as its UTF-16 code units, which is how Python is given it and how results are compared. */
    /**
     * CPython's {@code expression.hex()} for each string {@code s} of {@code samples}, given as its UTF-16 code units
     * (so that a lone surrogate gets there as itself).
     */
    static String[] python(String expression, List<String> samples) {
        String script = String.join("\n", "import sys",
                "for line in sys.stdin.read().split('\\n')[:-1]:",
                "    s = bytes.fromhex(line).decode('utf-16-le', 'surrogatepass')",
                "    print((" + expression + ").hex())");
        String input = samples.stream().map(FsEncodingTest::utf16).collect(Collectors.joining("\n", "", "\n"));
        return Python.withInput(script, input).split("\n", -1);
    }

    static String utf16(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(String.format("%02x%02x", c & 0xff, c >> 8));
        }
        return b.toString();
    }

    @Test
    void windowsDecodesAsPythonsSurrogatepassAndFailsWhereAndWhyItDoes() {
        List<byte[]> samples = FsCodecTest.samples();
        samples.add(HEX.parseHex("eda0bdedb880")); // an encoded pair: two lone surrogates in Python, a pair here
        samples.add(HEX.parseHex("61eda0"));
        samples.add(HEX.parseHex("eda061"));
        String script = String.join("\n", "import sys",
                "for line in sys.stdin.read().split('\\n')[:-1]:",
                "    b = bytes.fromhex(line)",
                "    try:",
                "        print(b.decode('utf-8', 'surrogatepass').encode('utf-16-le', 'surrogatepass').hex())",
                "    except UnicodeDecodeError as e:",
                "        print('E', e.start, e.end, e.reason, '|', str(e))");
        String input = samples.stream().map(HEX::formatHex).collect(Collectors.joining("\n", "", "\n"));
        String[] expected = Python.withInput(script, input).split("\n", -1);
        List<String> mismatches = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < samples.size(); i++) {
            byte[] b = samples.get(i);
            String got;
            try {
                got = utf16(FsEncoding.WINDOWS.decode(b));
            } catch (UnicodeDecodeException e) {
                got = "E " + e.start() + " " + e.end() + " " + e.reason() + " | " + e.getMessage();
                errors++;
            }
            if (!got.equals(expected[i])) {
                mismatches.add(HEX.formatHex(b) + ": python " + expected[i] + ", java " + got);
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(true, errors > 100, "the samples reach the errors: " + errors);
    }

    @Test
    void windowsEncodesAsPythonsSurrogatepassAndReadsItBack() {
        Random r = new Random(7);
        char[] alphabet = {'a', '/', '\\', 'é', '€', '\ud83d', '\ude00', '\ud800', '\udfff', '\udc80', '\u0000',
            '\uffff', '\u07ff', '\u0800'};
        List<String> samples = new ArrayList<>(List.of("", "plain", "\ud83d\ude00", "\ude00\ud83d", "\ud800"));
        for (int i = 0; i < 2000; i++) {
            char[] cs = new char[r.nextInt(8)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : alphabet[r.nextInt(alphabet.length)];
            }
            samples.add(new String(cs));
        }
        String[] expected = python("s.encode('utf-8', 'surrogatepass')", samples);
        for (int i = 0; i < samples.size(); i++) {
            String s = samples.get(i);
            byte[] encoded = FsEncoding.WINDOWS.encode(s);
            assertEquals(expected[i], HEX.formatHex(encoded), utf16(s));
            assertEquals(utf16(s), utf16(FsEncoding.WINDOWS.decode(encoded)), "round trip of " + utf16(s));
        }
    }

    @Test
    void eachPlatformNamesItsEncoding() {
        assertEquals(FsEncoding.POSIX, Platform.POSIX.fsEncoding());
        assertEquals(FsEncoding.WINDOWS, Platform.NT.fsEncoding());
        assertEquals("utf-8 surrogateescape", FsEncoding.POSIX.encoding() + " " + FsEncoding.POSIX.errors());
        assertEquals("utf-8 surrogatepass", FsEncoding.WINDOWS.encoding() + " " + FsEncoding.WINDOWS.errors());
        // what the two disagree on: an undecodable byte, and a lone surrogate that stands for none
        assertEquals("\udcff", FsEncoding.POSIX.decode(new byte[] {(byte) 0xff}));
        UnicodeDecodeException e = assertThrows(UnicodeDecodeException.class,
                () -> FsEncoding.WINDOWS.decode(new byte[] {'a', (byte) 0xff}));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", e.getMessage());
        assertThrows(UnicodeEncodeException.class, () -> FsEncoding.POSIX.encode("\ud800"));
        assertArrayEquals(HEX.parseHex("eda080"), FsEncoding.WINDOWS.encode("\ud800"));
        // a 10-field platform keeps what every platform had before: POSIX's
        Platform custom = new Platform("posix", "/", null, ":", "\n", "/dev/null", ".", "..", ".", "/bin");
        assertEquals(FsEncoding.POSIX, custom.fsEncoding());
        assertEquals(EnvironKeys.POSIX, custom.environKeys());
    }
}
