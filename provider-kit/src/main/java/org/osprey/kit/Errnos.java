package org.osprey.kit;

import java.util.HashMap;
import java.util.Map;
import org.osprey.testing.Python;

/** The symbolic name of an errno, as python3's {@code errno.errorcode} gives it on this platform. */
final class Errnos {
    private static final Map<Integer, String> NAMES = load();

    private Errnos() {
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> names = new HashMap<>();
        for (String line : Python.lines("import errno\nfor n, name in errno.errorcode.items(): print(n, name)")) {
            String[] parts = line.split(" ");
            names.put(Integer.parseInt(parts[0]), parts[1]);
        }
        return names;
    }

    /** {@code errno.errorcode[errno]}, or {@code null} for a number it does not name. */
    static String name(int errno) {
        return NAMES.get(errno);
    }
}
