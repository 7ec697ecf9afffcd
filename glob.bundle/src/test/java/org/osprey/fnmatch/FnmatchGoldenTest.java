package org.osprey.fnmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replays {@code src/test/python/fnmatch_golden.py}'s answers from CPython 3.13.0. */
class FnmatchGoldenTest {
    private record Case(String pattern, String translated, String bits) {
    }

    private static final Fnmatch FNMATCH = Fnmatch.get();
    private static List<String> names;
    private static List<Case> cases;

    @BeforeAll
    static void load() throws IOException {
        String text;
        try (InputStream in = FnmatchGoldenTest.class.getResourceAsStream("/fnmatch/golden.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        cases = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            if (f[0].equals("N")) {
                names = Arrays.stream(f).skip(1).map(FnmatchGoldenTest::unhex).toList();
            } else if (f[0].equals("P")) {
                cases.add(new Case(unhex(f[1]), unhex(f[2]), f[3]));
            }
        }
        assertTrue(cases.size() > 4000 && names.size() > 50, "golden data loaded");
    }

    private static String unhex(String hex) {
        if (hex.equals("-")) {
            return "";
        }
        char[] units = new char[hex.length() / 4];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) Integer.parseInt(hex, 4 * i, 4 * i + 4, 16);
        }
        return new String(units);
    }

    /** The string with every non-printable-ASCII unit as {@code \\uXXXX}, for messages. */
    static String show(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            sb.append(c >= ' ' && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.append('\'').toString();
    }

    private static String bits(List<Boolean> results) {
        StringBuilder sb = new StringBuilder();
        results.forEach(r -> sb.append(r ? '1' : '0'));
        return sb.toString();
    }

    @Test
    void translateGivesCpythonsText() {
        for (Case c : cases) {
            assertEquals(c.translated(), FNMATCH.translate(c.pattern()), () -> "translate " + show(c.pattern()));
        }
    }

    @Test
    void fnmatchcaseAgreesWithCpython() {
        for (Case c : cases) {
            String got = bits(names.stream().map(n -> FNMATCH.fnmatchcase(n, c.pattern())).toList());
            assertEquals(c.bits(), got, () -> "fnmatchcase over the names, pattern " + show(c.pattern()));
        }
    }

    @Test
    void fnmatchAndFilterAgreeWithCpythonOnPosix() {
        for (Case c : cases) {
            String got = bits(names.stream().map(n -> FNMATCH.fnmatch(n, c.pattern())).toList());
            assertEquals(c.bits(), got, () -> "fnmatch, pattern " + show(c.pattern()));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (c.bits().charAt(i) == '1') {
                    expected.add(names.get(i));
                }
            }
            assertEquals(expected, FNMATCH.filter(names, c.pattern()), () -> "filter " + show(c.pattern()));
        }
    }

    @Test
    void compiledJavaPatternAgreesWithCpython() {
        for (Case c : cases) {
            Pattern p = FNMATCH.compile(c.pattern());
            String got = bits(names.stream().map(n -> p.matcher(n).matches()).toList());
            assertEquals(c.bits(), got, () -> "compile " + show(c.pattern()) + " = " + p);
        }
    }
}
