package org.osprey.logging.internal.config;

import org.osprey.logging.Logging;
import org.osprey.logging.internal.format.PyStr;

/** Python's {@code logging._checkLevel}, through the public level names. */
final class LevelNames {
    private LevelNames() {
    }

    /** An Integer, or a registered level name. */
    static int check(Object level) {
        if (level instanceof Integer i) {
            return i;
        }
        if (level instanceof String s) {
            if (Logging.getLevelName(s) instanceof Integer i) {
                return i;
            }
            throw new IllegalArgumentException("Unknown level: " + PyStr.repr(s));
        }
        throw new IllegalArgumentException("Level not an integer or a valid string: " + PyStr.repr(level));
    }
}
