package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osprey.os.Errno;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.testing.Python;

/** {@code os.errno()} against CPython's {@code errno} module on this machine: every name, value for value. */
class ErrnoModuleTest {
    private final Os os = Os.of(new PosixProvider());

    /** CPython's constants ({@code NAME value} lines) and its {@code errorcode} ({@code value NAME} lines). */
    private static Map<String, Integer> python(String what) {
        String script = String.join("\n", "import errno, sys",
                "if sys.argv[1] == 'names':",
                "    for n in dir(errno):",
                "        if n.isupper(): print(n, getattr(errno, n))",
                "else:",
                "    for v, n in errno.errorcode.items(): print(n, v)");
        Map<String, Integer> out = new TreeMap<>();
        for (String line : Python.MODERN.lines(script, what)) {
            String[] f = line.split(" ");
            out.merge(f[0], Integer.parseInt(f[1]), (a, b) -> {
                throw new AssertionError("twice: " + line);
            });
        }
        return out;
    }

    private static Object call(Method m, Errno errno) throws Throwable {
        try {
            return m.invoke(errno);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void everyNameHasPythonsValueAndTheOthersAreAbsent() throws Throwable {
        Map<String, Integer> expected = python("names");
        assertTrue(expected.size() > 100 && expected.containsKey("ENOENT"), expected.toString());
        Errno errno = os.errno();
        assertEquals(expected, new TreeMap<>(errno.asMap()));
        int accessors = 0;
        for (Method m : Errno.class.getMethods()) {
            if (m.getDeclaringClass() != Errno.class || m.getParameterCount() != 0 || m.getReturnType() != int.class) {
                continue;
            }
            accessors++;
            Integer value = expected.get(m.getName());
            if (value != null) {
                assertEquals(value, call(m, errno), m.getName());
            } else {
                assertThrows(UnsupportedOperationException.class, () -> call(m, errno), m.getName());
            }
        }
        assertTrue(accessors > expected.size(), "the macOS and Windows names are accessors too: " + accessors);
        for (String name : expected.keySet()) {
            assertTrue(Errno.class.getMethod(name).getReturnType() == int.class, name);
        }
    }

    @Test
    void errorcodeIsPythons() {
        Map<Integer, String> expected = new TreeMap<>();
        python("errorcode").forEach((name, value) -> expected.put(value, name));
        assertEquals(expected, new TreeMap<>(os.errno().errorcode()));
        expected.forEach((value, name) -> assertEquals(Optional.of(name), os.errno().name(value)));
    }

    @Test
    void theNameOfARealErrorsErrno() {
        OsException e = assertThrows(OsException.class, () -> os.stat("/nonexistent/osprey-errno"));
        assertEquals(Optional.of("ENOENT"), os.errno().name(e));
        assertEquals(os.errno().ENOENT(), e.errno());
        assertEquals(Optional.empty(), os.errno().name(new OsException("no errno")));
    }
}
