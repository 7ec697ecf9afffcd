package org.osprey.posix.abi;

import java.util.HashMap;
import java.util.Map;

import jnr.constants.Constant;

/**
 * The errno values per OS, by name: jnr-constants' tables (generated from each system's {@code errno.h}), and the
 * macOS names that Python's {@code errno} has and jnr-constants lacks ({@code sys/errno.h}).
 */
public final class ErrnoConstants {
    private static final Map<String, Integer> LINUX = table(jnr.constants.platform.linux.Errno.values(), Map.of());
    private static final Map<String, Integer> DARWIN = table(jnr.constants.platform.darwin.Errno.values(),
            Map.of("EPWROFF", 82, "EDEVERR", 83, "EBADEXEC", 85, "EBADARCH", 86, "ESHLIBVERS", 87, "EBADMACHO", 88,
                    "ENOPOLICY", 103, "EQFULL", 106));

    private ErrnoConstants() {
    }

    public static Map<String, Integer> of(Abi abi) {
        return abi.isLinux() ? LINUX : DARWIN;
    }

    private static <E extends Enum<E> & Constant> Map<String, Integer> table(E[] constants,
            Map<String, Integer> more) {
        Map<String, Integer> all = new HashMap<>(more);
        for (E c : constants) {
            if (c.defined()) {
                all.put(c.name(), c.intValue());
            }
        }
        return Map.copyOf(all);
    }
}
