package org.osprey.windows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/**
 * The environment block {@code CreateProcessW} gets, on any OS (it is made in Java): against CPython 3.13's
 * {@code _winapi} {@code normalize_environment} and {@code getenvironment}, their steps written out in Python
 * (keys sorted by their upper case, a stable sort; of keys equal but for case the last given kept).
 */
class EnvironmentBlockTest {
    @Test
    void sortedByUpperCaseAndTheLastOfEqualKeysKeptAsCPython() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("b", "1");
        env.put("Path", "C:\\x");
        env.put("A", "2");
        env.put("=C:", "C:\\");
        env.put("_x", "3");
        env.put("a", "4");
        env.put("PATH", "C:\\y");
        env.put("\u00e9t\u00e9", "\u20ac");
        env.put("Z", "");
        StringBuilder pairs = new StringBuilder();
        env.forEach((k, v) -> pairs.append(k).append('\n').append(v).append('\n'));
        String python = Python.require313().withInput("""
                import sys
                lines = sys.stdin.buffer.read().decode().split('\\n')[:-1]  # UTF-8 on every OS
                env = dict(zip(lines[0::2], lines[1::2]))
                keys = sorted(env, key=str.upper)
                kept = [k for i, k in enumerate(keys) if i + 1 == len(keys) or keys[i + 1].upper() != k.upper()]
                sys.stdout.buffer.write((''.join(k + '=' + env[k] + '\\0' for k in kept) + '\\0').encode())
                """, pairs.toString());
        assertEquals(python, new String(EnvironmentBlock.chars(env)));
    }

    @Test
    void anEmptyEnvironmentIsTwoNuls() {
        assertArrayEquals(new char[] {0, 0}, EnvironmentBlock.chars(Map.of()));
    }
}
