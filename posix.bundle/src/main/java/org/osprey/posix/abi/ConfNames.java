package org.osprey.posix.abi;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import jnr.constants.Constant;
import jnr.constants.platform.Confstr;
import jnr.constants.platform.Sysconf;

/**
 * Python's {@code os.sysconf_names} and {@code os.confstr_names} for the running OS: names without the leading
 * underscore ({@code "SC_PAGESIZE"}) and the C library's numbers. jnr-constants knows most of them; the rest,
 * which it lacks but the C headers define (such as {@code _SC_PHYS_PAGES}), are written out per OS by its
 * {@link org.osprey.posix.variant.Variant}.
 */
public record ConfNames(Map<String, Integer> sysconf, Map<String, Integer> confstr) {

    private static volatile ConfNames running;

    /** The names of the running OS, whose ABI is {@code abi} (jnr-constants serves the running OS only). */
    public static ConfNames of(Abi abi) {
        ConfNames names = running;
        if (names == null) {
            names = abi.variant().confNames();
            running = names;
        }
        return names;
    }

    /** jnr-constants' names with {@code sysconf} and {@code confstr}, those of the OS it lacks. */
    public static ConfNames with(Map<String, Integer> sysconf, Map<String, Integer> confstr) {
        return new ConfNames(merge(Sysconf.values(), sysconf), merge(Confstr.values(), confstr));
    }

    private static Map<String, Integer> merge(Constant[] known, Map<String, Integer> more) {
        Map<String, Integer> names = new TreeMap<>(more);
        for (Constant c : known) {
            if (c.defined() && c.name().startsWith("_")) {
                names.put(c.name().substring(1), c.intValue());
            }
        }
        return Collections.unmodifiableMap(names);
    }

    /** A table from alternating names and values. */
    public static Map<String, Integer> table(Object... namesAndValues) {
        Map<String, Integer> table = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            table.put((String) namesAndValues[i], (Integer) namesAndValues[i + 1]);
        }
        return table;
    }
}
