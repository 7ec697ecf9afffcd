package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

/** The BSD file flags of {@link Stat}, name for name and value for value as CPython 3.13's {@code stat} module. */
class StatFlagsTest {
    @Test
    void everyFileFlagIsCpythonsAndNoneIsMissing() throws IllegalAccessException {
        Map<String, Long> cpython = new TreeMap<>();
        for (String line : Python.require313().lines("import stat\n"
                + "for k in sorted(dir(stat)):\n"
                + "    if k.startswith(('UF_', 'SF_')): print(k, getattr(stat, k))")) {
            String[] kv = line.split(" ");
            cpython.put(kv[0], Long.parseLong(kv[1]));
        }
        Map<String, Long> osprey = new TreeMap<>();
        for (Field f : Stat.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().matches("[US]F_.*")) {
                osprey.put(f.getName(), Integer.toUnsignedLong(f.getInt(null))); // a C u_int
            }
        }
        assertEquals(cpython, osprey);
    }
}
