package org.osprey.fnmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

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
}
