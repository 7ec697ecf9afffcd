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

class FsCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    /** Byte strings that stress the decoder: valid and broken UTF-8, overlongs, surrogates, 4-byte edges. */
    static List<byte[]> samples() {
        List<byte[]> out = new ArrayList<>();
        String[] fixed = {"", "61", "ff", "c328", "c3a9", "e282", "e282ac", "e28241", "eda080", "edb280",
            "f09f9880", "f09f98", "f4908080", "f48fbfbf", "c0af", "e080af", "f8", "80", "bf", "fe", "2f00",
            "61ff62", "c3", "e2", "f0", "ed9fbf", "ee8080", "efbfbf", "f0908080", "f08f8080"};
        for (String h : fixed) {
            out.add(HEX.parseHex(h));
        }
        Random r = new Random(42);
        byte[] alphabet = HEX.parseHex("2f2e61e282acc3a9f09f9880ffc0edbf80a0");
        for (int i = 0; i < 3000; i++) {
            byte[] b = new byte[r.nextInt(12)];
            for (int k = 0; k < b.length; k++) {
                b[k] = r.nextInt(3) == 0 ? (byte) r.nextInt(256) : alphabet[r.nextInt(alphabet.length)];
            }
            out.add(b);
        }
        return out;
    }

    @Test
    void decodesLikePythonSurrogateescapeAndRoundTrips() throws Exception {
        List<byte[]> samples = samples();
        String input = samples.stream().map(HEX::formatHex).collect(Collectors.joining("\n", "", "\n"));
        String script = "import sys\n"
                + "for line in sys.stdin.read().split('\\n')[:-1]:\n"
                + "    s = bytes.fromhex(line).decode('utf-8', 'surrogateescape')\n"
                + "    print(' '.join('%x' % ord(c) for c in s))\n";
        String[] expected = Python.withInput(script, input).split("\n", -1);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            byte[] b = samples.get(i);
            String s = FsCodec.decode(b);
            String got = s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(" "));
            if (!got.equals(expected[i])) {
                mismatches.add(HEX.formatHex(b) + ": python " + expected[i] + ", java " + got);
            }
            assertArrayEquals(b, FsCodec.encode(s), () -> "round trip of " + HEX.formatHex(b));
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void encodesUnicodeAsUtf8() {
        assertArrayEquals(HEX.parseHex("c3a9e282acf09f9880"), FsCodec.encode("é€😀"));
        assertArrayEquals(HEX.parseHex("ff80"), FsCodec.encode("\udcff\udc80"));
    }

    @Test
    void refusesSurrogatesThatEscapeNoByte() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FsCodec.encode("a\ud800"));
        assertEquals("'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FsCodec.encode("\udc7f"));
    }
}
