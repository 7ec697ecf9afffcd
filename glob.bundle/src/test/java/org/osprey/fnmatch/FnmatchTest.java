package org.osprey.fnmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

class FnmatchTest {
    private static final Fnmatch FNMATCH = Fnmatch.get();

    /** CPython < 3.9 backtracked exponentially here; this guards a hang, it does not time anything. */
    @Test
    void starRunsDoNotBacktrack() {
        String name = "a".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<String> patterns = List.of("*a*a*a*a*a*a*a*a*a*a*a*a*b", "*?a*?a*?a*?a*?a*?a*[b]", "*a*a*a*a*a*a*a*");
            for (String pattern : patterns) {
                boolean expected = pattern.endsWith("*");
                assertEquals(expected, FNMATCH.fnmatchcase(name, pattern), pattern);
                assertEquals(expected, FNMATCH.compile(pattern).matcher(name).matches(), pattern + " (Pattern)");
            }
        });
    }

    @Test
    void pythonSemanticsInBrief() {
        assertTrue(FNMATCH.fnmatchcase("a/b/c", "a*c"), "* crosses /");
        assertTrue(FNMATCH.fnmatchcase("]", "[]]"));
        assertTrue(FNMATCH.fnmatchcase("x", "[!]]"));
        assertTrue(FNMATCH.fnmatchcase("-", "[a-]"));
        assertFalse(FNMATCH.fnmatchcase("m", "[z-a]"), "a reversed range matches nothing");
        assertTrue(FNMATCH.fnmatchcase("m", "[!z-a]"));
        assertTrue(FNMATCH.fnmatchcase("\\", "\\"), "backslash is literal");
        assertTrue(FNMATCH.fnmatchcase("[ab", "[ab"), "an unterminated [ is literal");
        assertTrue(FNMATCH.fnmatchcase("\uD83D\uDE00", "?"), "? is one code point");
        assertTrue(FNMATCH.fnmatchcase("bad\udcff", "bad?"), "an undecodable byte is one character");
        assertEquals("(?s:.*\\.txt)\\Z", FNMATCH.translate("*.txt"));
        assertEquals(List.of("a.txt", "c.TXT.txt"), FNMATCH.filter(List.of("a.txt", "b.TXT", "c.TXT.txt"), "*.txt"));
        assertFalse(FNMATCH.fnmatch("A.TXT", "*.txt"), "normcase is the identity on POSIX");
    }

    /** fnmatchcase, fnmatch and filter with bytes, against CPython: a character is a byte, not a code point. */
    @Test
    void bytesMatchByteByByteAsCpython() {
        List<byte[]> patterns = hexes("", "3f", "3f3f", "2a", "5b80-ff5d2a", "5b215d", "2aa9", "c33f", "5bc3a95d",
                "5b612dff5d", "5bff2d615d", "5b21ff2d615d", "5c", "5b", "5b5d5d", "5b215d5d", "2a3f2a", "c3a9",
                "5b612d7a5d3f", "2a2e747874", "5b2d5d", "5b5e615d");
        List<byte[]> names = hexes("", "61", "c3a9", "ff", "e9", "61ff", "5b", "5d", "5c", "2d", "5e", "c3a92e747874",
                "782e747874", "ffc3", "f09f9880");
        StringBuilder in = new StringBuilder(names.stream().map(HexFormat.of()::formatHex)
                .map(h -> h.isEmpty() ? "-" : h).collect(Collectors.joining(" ", "", "\n")));
        StringBuilder got = new StringBuilder();
        for (byte[] pattern : patterns) {
            in.append(HexFormat.of().formatHex(pattern)).append('\n');
            for (byte[] name : names) {
                got.append(FNMATCH.fnmatchcase(name, pattern) ? 1 : 0).append(FNMATCH.fnmatch(name, pattern) ? 1 : 0);
            }
            got.append(' ');
            for (byte[] match : FNMATCH.filter(names, pattern)) {
                got.append(names.indexOf(match));
            }
            got.append('\n');
        }
        String script = String.join("\n",
                "import fnmatch, sys",
                "lines = sys.stdin.read().splitlines()",
                "names = [bytes.fromhex(h.strip('-')) for h in lines[0].split()]",
                "for line in lines[1:]:",
                "    pat = bytes.fromhex(line)",
                "    print(''.join('%d%d' % (fnmatch.fnmatchcase(n, pat), fnmatch.fnmatch(n, pat)) for n in names),",
                "          ''.join(str(names.index(m)) for m in fnmatch.filter(names, pat)))");
        assertEquals(Python.MODERN.withInput(script, in.toString()), got.toString());
    }

    private static List<byte[]> hexes(String... hex) {
        return Arrays.stream(hex).map(h -> HexFormat.of().parseHex(h.replace("-", "2d"))).toList();
    }
}
