package org.osprey.posix.abi;

import java.util.HashMap;
import java.util.Map;

import jnr.constants.Constant;

/**
 * An OS's errno values by name, for its {@link org.osprey.posix.variant.Variant}: jnr-constants' table (generated
 * from the system's {@code errno.h}) and the names Python's {@code errno} has there and jnr-constants lacks.
 */
public final class ErrnoConstants {
    private ErrnoConstants() {
    }

    public static <E extends Enum<E> & Constant> Map<String, Integer> table(E[] constants,
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
