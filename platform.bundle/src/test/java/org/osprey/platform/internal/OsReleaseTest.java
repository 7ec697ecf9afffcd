package org.osprey.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** The {@code os-release} parser against CPython 3.13's on lines written to try its edges. */
class OsReleaseTest {
    @Test
    void parsesAsCPython() {
        List<String> lines = List.of("NAME=\"Debian GNU/Linux\"", "ID=debian", "PRETTY_NAME='It''s'",
                "VERSION=\"12 (bookworm)\"", "ESCAPED=\"a\\\"b\\\\c\\$d\\`e\\'f\\g\"", "  INDENTED=x", "lower_case=1",
                "MISMATCH=\"a'", "EMPTY=", "EMPTY_QUOTES=\"\"", "# COMMENT=1", "NO_EQUALS", "BAD-NAME=1", "ID=again",
                "TRAILING=x  ", "UNICODE=\"é ✓\"");
        String mine = OsRelease.parse(lines).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        String python = Python.require313().withInput("import platform, sys\n"
                + "info = platform._parse_os_release(sys.stdin)\n"
                + "print('\\n'.join(k + '=' + v for k, v in info.items()))", String.join("\n", lines) + "\n");
        assertEquals(python.strip(), mine);
    }

    @Test
    void platformStringIsCleanedAsCPython() {
        String mine = PlatformString.of("Linux", "", " 6.1 (x) ", "unknown", "a/b\\c:d;e\"f", "--", "with", "glibc");
        assertEquals(Python.require313().run("import platform\nprint(platform._platform('Linux', '', ' 6.1 (x) ',"
                + " 'unknown', 'a/b\\\\c:d;e\"f', '--', 'with', 'glibc'))").strip(), mine);
    }
}
