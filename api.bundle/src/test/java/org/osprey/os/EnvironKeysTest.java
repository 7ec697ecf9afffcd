package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules for environment variable names, POSIX's and (as pure logic) Windows'. */
class EnvironKeysTest {
    @Test
    void posixNamesAreCaseSensitiveAndHoldNoEquals() {
        EnvironKeys posix = Platform.POSIX.environKeys();
        assertEquals("Path", posix.check("Path"));
        assertEquals("Path", posix.normalize("Path"));
        for (String illegal : List.of("", "A=B", "=C:", "=")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> posix.check(illegal));
            assertEquals("illegal environment variable name: '" + illegal + "'", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> posix.check("A\0B"));
        assertThrows(NullPointerException.class, () -> posix.check(null));
    }

    /** CPython's {@code win32_putenv}: not empty, and no {@code '='} after the first character. */
    @Test
    void windowsNamesMayStartWithEqualsAndAreKeptUpperCased() {
        EnvironKeys windows = Platform.NT.environKeys();
        assertEquals("=C:", windows.check("=C:"));
        assertEquals("Path", windows.check("Path"));
        assertEquals("PATH", windows.normalize("Path"));
        for (String illegal : List.of("", "A=B", "==", "=C:=")) {
            assertThrows(IllegalArgumentException.class, () -> windows.check(illegal), illegal);
        }
        assertThrows(IllegalArgumentException.class, () -> windows.check("=A\0"));
    }

    /** Windows' {@code os.environ} keys are {@code str.upper()} of the name: compared with CPython's. */
    @Test
    void windowsKeysAreWhatPythonsUpperGives() {
        List<String> names = new ArrayList<>(List.of("path", "Path", "stra\u00dfe", "\ufb01le", "\u0149", "i\u0307",
                "\u0131", "caf\u00e9", "\u01c6", "\udcff", "=c:"));
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c < 0x530; c++) {
            all.append(c); // Latin, Greek and Cyrillic, whose case mappings have long been settled
        }
        names.add(all.toString());
        String[] expected = FsEncodingTest.python("s.upper().encode('utf-16-le', 'surrogatepass')", names);
        for (int i = 0; i < names.size(); i++) {
            assertEquals(expected[i], FsEncodingTest.utf16(EnvironKeys.WINDOWS.normalize(names.get(i))),
                    FsEncodingTest.utf16(names.get(i)));
        }
    }
}
