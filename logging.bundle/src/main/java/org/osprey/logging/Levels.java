package org.osprey.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osprey.logging.internal.format.PyStr;

/** Python's {@code _levelToName} and {@code _nameToLevel}, guarded by the module lock. */
final class Levels {
    /** Read by every record without the module lock (as CPython's {@code getLevelName}); written under it. */
    private static final Map<Integer, String> TO_NAME = new ConcurrentHashMap<>();
    private static final Map<String, Integer> TO_LEVEL = new LinkedHashMap<>();

    static {
        for (Object[] pair : new Object[][] {{Logging.CRITICAL, "CRITICAL"}, {Logging.ERROR, "ERROR"},
            {Logging.WARNING, "WARNING"}, {Logging.INFO, "INFO"}, {Logging.DEBUG, "DEBUG"},
            {Logging.NOTSET, "NOTSET"}}) {
            TO_NAME.put((Integer) pair[0], (String) pair[1]);
        }
        TO_LEVEL.put("CRITICAL", Logging.CRITICAL);
        TO_LEVEL.put("FATAL", Logging.FATAL);
        TO_LEVEL.put("ERROR", Logging.ERROR);
        TO_LEVEL.put("WARN", Logging.WARNING);
        TO_LEVEL.put("WARNING", Logging.WARNING);
        TO_LEVEL.put("INFO", Logging.INFO);
        TO_LEVEL.put("DEBUG", Logging.DEBUG);
        TO_LEVEL.put("NOTSET", Logging.NOTSET);
    }

    private Levels() {
    }

    static void add(int level, String name) {
        synchronized (Manager.LOCK) {
            if (name == null) {
                TO_NAME.remove(level); // reads as no name, as a null value did; this map holds none
            } else {
                TO_NAME.put(level, name);
            }
            TO_LEVEL.put(name, level);
        }
    }

    static String name(int level) {
        String name = TO_NAME.get(level);
        return name != null ? name : "Level " + level;
    }

    static Object nameOrLevel(String name) {
        synchronized (Manager.LOCK) {
            Integer level = TO_LEVEL.get(name);
            return level != null ? level : "Level " + name;
        }
    }

    static Map<String, Integer> mapping() {
        synchronized (Manager.LOCK) {
            return new LinkedHashMap<>(TO_LEVEL);
        }
    }

    /** Python's {@code _checkLevel}: an Integer, or a registered name. */
    static int check(Object level) {
        if (level instanceof Integer i) {
            return i;
        }
        if (level instanceof String s) {
            synchronized (Manager.LOCK) {
                Integer value = TO_LEVEL.get(s);
                if (value == null) {
                    throw new IllegalArgumentException("Unknown level: " + PyStr.repr(s));
                }
                return value;
            }
        }
        throw new IllegalArgumentException("Level not an integer or a valid string: " + PyStr.repr(level));
    }
}
