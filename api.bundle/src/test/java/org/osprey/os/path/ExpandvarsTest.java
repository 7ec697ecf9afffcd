package org.osprey.os.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * {@code expandvars} as fixed in CPython 3.13.x/3.14 for gh-136065 (CVE-2025-6075): linear in the length of
 * the path, and an unclosed <code>${</code> leaves the rest of the path as it is. The cases are those of CPython's
 * {@code test_genericpath}, {@code test_ntpath} and the fix's {@code test_expandvars_large}.
 */
class ExpandvarsTest {
    /** The fix's inputs are 100,000 repetitions; the bound only keeps a regression from hanging the build. */
    private static final int N = 100_000;
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final String NONASCII = "\u00e6";

    private static final List<Function<ProcessEnv, OsPath>> BOTH = List.of(PosixPath::new, NtPath::new);
    private static final List<Function<ProcessEnv, OsPath>> NT = List.of(NtPath::new);
    private static final Map<String, String> FOO = Map.of("foo", "bar", "{foo", "baz1", "{foo}", "baz2");

    private static OsPath with(Function<ProcessEnv, OsPath> flavour, Map<String, String> environ) {
        return flavour.apply(new FixedProcessEnv(Map.of("cwd", "/", "environ", environ, "uid", 0L,
                "passwd", List.of())));
    }

    /** In each flavour and {@code environ}, every input (at even positions) expands to the string after it. */
    private static void expands(List<Function<ProcessEnv, OsPath>> flavours, Map<String, String> environ,
            String... inputsAndResults) {
        for (Function<ProcessEnv, OsPath> flavour : flavours) {
            OsPath p = with(flavour, environ);
            for (int i = 0; i < inputsAndResults.length; i += 2) {
                assertEquals(inputsAndResults[i + 1], p.expandvars(inputsAndResults[i]),
                        p.getClass().getSimpleName() + ": " + inputsAndResults[i]);
            }
        }
    }

    /** test_genericpath's test_expandvars, for both flavours. */
    @Test
    void genericCases() {
        expands(BOTH, FOO,
                "foo", "foo",
                "$foo bar", "bar bar",
                "${foo}bar", "barbar",
                "$[foo]bar", "$[foo]bar",
                "$bar bar", "$bar bar",
                "$?bar", "$?bar",
                "$foo}bar", "bar}bar",
                "${foo", "${foo",
                "${{foo}}", "baz1}",
                "$foo$foo", "barbar",
                "$bar$bar", "$bar$bar");
    }

    /** test_ntpath's test_expandvars: {@code %name%}, {@code %%} and quotes. */
    @Test
    void ntCases() {
        expands(NT, FOO,
                "%foo% bar", "bar bar",
                "%foo%bar", "barbar",
                "%foo%%foo%", "barbar",
                "%%foo%%foo%foo%", "%foo%foobar",
                "%?bar%", "%?bar%",
                "%foo%%bar", "bar%bar",
                "'%foo%'%bar", "'%foo%'%bar",
                "bar'%foo%", "bar'%foo%");
    }

    /** test_expandvars_nonascii of both modules. */
    @Test
    void nonAsciiNamesAndValues() {
        Map<String, String> env = Map.of("spam", NONASCII, NONASCII, "ham" + NONASCII);
        expands(BOTH, env,
                NONASCII, NONASCII,
                "$spam bar", NONASCII + " bar",
                "${spam}bar", NONASCII + "bar",
                "${" + NONASCII + "}bar", "ham" + NONASCII + "bar",
                "$bar" + NONASCII + " bar", "$bar" + NONASCII + " bar",
                "$spam}bar", NONASCII + "}bar",
                "$" + NONASCII + "}bar", "$" + NONASCII + "}bar");
        expands(NT, env,
                "%spam% bar", NONASCII + " bar",
                "%" + NONASCII + "% bar", "ham" + NONASCII + " bar");
    }

    /**
     * What the fix changed: an unclosed <code>${</code> now reaches to the end of the path, so nothing after it
     * is expanded (CPython 3.13.0's posixpath expanded {@code $foo} in <code>${$foo</code>). ntpath already did.
     */
    @Test
    void anUnclosedBraceLeavesTheRestAlone() {
        expands(BOTH, Map.of("foo", "bar", "x", "X"),
                "${$foo", "${$foo",
                "$foo${foo$x/$foo", "bar${foo$x/$foo",
                "${x}${", "X${",
                "${}", "${}");
    }

    /** Values are inserted as they are: a {@code $} or a backslash in one is no reference, nor expanded again. */
    @Test
    void valuesAreLiteral() {
        Map<String, String> env = Map.of("D", "$foo", "W", "C:\\a\\$1", "foo", "bar");
        expands(BOTH, env, "$D ${W}", "$foo C:\\a\\$1");
        expands(NT, env, "%D%", "$foo");
    }

    /** test_genericpath's test_expandvars_large; "${" * 1,000,000 took 23 s before, growing with the square. */
    @Test
    void largeInputsForBothFlavours() {
        for (Function<ProcessEnv, OsPath> flavour : BOTH) {
            OsPath p = with(flavour, Map.of("A", "B"));
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                assertEquals("B".repeat(N), p.expandvars("$A".repeat(N)));
                assertEquals("B".repeat(N), p.expandvars("${A}".repeat(N)));
                assertEquals("B!".repeat(N), p.expandvars("$A!".repeat(N)));
                assertEquals("BA".repeat(N), p.expandvars("${A}A".repeat(N)));
                assertEquals("${".repeat(10 * N), p.expandvars("${".repeat(10 * N)));
                assertEquals("${A" + "$A".repeat(N), p.expandvars("${A" + "$A".repeat(N)));
                String closedFarAway = "${A" + "${".repeat(N) + "}";
                assertEquals(closedFarAway, p.expandvars(closedFarAway));
            }, p.getClass().getSimpleName());
        }
    }

    /** A run of {@code $} is no reference in posixpath (where ntpath reads {@code $$} as {@code $}). */
    @Test
    void largePosixInputs() {
        OsPath posix = with(PosixPath::new, Map.of("A", "B"));
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertEquals("$".repeat(N) + "B", posix.expandvars("$".repeat(N) + "$A"));
        });
    }

    /** test_ntpath's test_expandvars_large, and runs of the characters that open something. */
    @Test
    void largeNtInputs() {
        OsPath nt = with(NtPath::new, Map.of("A", "B"));
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            assertEquals("B".repeat(N), nt.expandvars("%A%".repeat(N)));
            assertEquals("BA".repeat(N), nt.expandvars("%A%A".repeat(N)));
            assertEquals("''".repeat(N) + "%", nt.expandvars("''".repeat(N) + "%%"));
            assertEquals("%".repeat(N), nt.expandvars("%%".repeat(N)));
            assertEquals("$".repeat(N), nt.expandvars("$$".repeat(N)));
            assertEquals("%".repeat(5 * N), nt.expandvars("%".repeat(10 * N)));
            assertEquals("$".repeat(N / 2) + "B", nt.expandvars("$".repeat(N) + "$A"));
            assertEquals("'".repeat(10 * N) + "B", nt.expandvars("'".repeat(10 * N) + "%A%"));
            assertEquals("%A" + "$A".repeat(N), nt.expandvars("%A" + "$A".repeat(N)));
        });
    }
}
