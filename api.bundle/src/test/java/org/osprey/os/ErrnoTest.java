package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The {@code errno} module as pure logic over a platform's table; the POSIX provider's values are compared with
 * CPython's in the posix bundle.
 */
class ErrnoTest {
    /** The accessors: the public no-argument {@code int} methods, each named like a constant. */
    private static List<Method> accessors() {
        return java.util.Arrays.stream(Errno.class.getMethods())
                .filter(m -> m.getDeclaringClass() == Errno.class && m.getParameterCount() == 0
                        && m.getReturnType() == int.class && !Modifier.isStatic(m.getModifiers()))
                .toList();
    }

    private static int call(Method m, Errno errno) throws Throwable {
        try {
            return (int) m.invoke(errno);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void oneAccessorPerNameOfCPythonsModuleEachReadingItsOwnName() throws Throwable {
        Set<String> names = new TreeSet<>();
        accessors().forEach(m -> names.add(m.getName()));
        assertEquals(new TreeSet<>(Errno.NAMES), names);
        assertEquals(199, names.size(), "the 133 names of Linux, 18 more of macOS, 48 WSA names of Windows");
        Map<String, Integer> distinct = new HashMap<>();
        for (int i = 0; i < Errno.NAMES.size(); i++) {
            distinct.put(Errno.NAMES.get(i), 1000 + i);
        }
        Errno errno = new Errno(distinct);
        for (Method m : accessors()) {
            assertEquals(distinct.get(m.getName()), call(m, errno), m.getName());
        }
    }

    @Test
    void aNameThePlatformLacksThrowsWhereTheOthersAnswer() throws Throwable {
        Errno errno = new Errno(Map.of("ENOENT", 2));
        assertEquals(2, errno.ENOENT());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, errno::EAUTH);
        assertEquals("errno.EAUTH is not defined on this platform", e.getMessage());
        for (Method m : accessors()) {
            if (!m.getName().equals("ENOENT")) {
                assertThrows(UnsupportedOperationException.class, () -> call(m, errno), m.getName());
            }
        }
        assertEquals(Map.of("ENOENT", 2), errno.asMap());
    }

    @Test
    void namesPythonDoesNotDefineAreLeftOut() {
        Errno errno = new Errno(Map.of("ENOENT", 2, "EHWPOISON", 133));
        assertEquals(Map.of("ENOENT", 2), errno.asMap());
        assertEquals(Map.of(2, "ENOENT"), errno.errorcode());
        assertEquals(Optional.empty(), errno.name(133));
    }

    @Test
    void errorcodeKeepsTheAliasCPythonDefinesLast() {
        // Linux: EWOULDBLOCK, EDEADLK and EOPNOTSUPP come before their aliases in CPython's errnomodule.c
        Errno linux = new Errno(Map.of("EWOULDBLOCK", 11, "EAGAIN", 11, "EDEADLK", 35, "EDEADLOCK", 35,
                "EOPNOTSUPP", 95, "ENOTSUP", 95));
        assertEquals(Map.of(11, "EAGAIN", 35, "EDEADLOCK", 95, "ENOTSUP"), linux.errorcode());
        // Windows: EWOULDBLOCK is WSAEWOULDBLOCK, which the module defines after it
        Errno windows = new Errno(Map.of("EWOULDBLOCK", 10035, "WSAEWOULDBLOCK", 10035, "EAGAIN", 11));
        assertEquals(Map.of(10035, "WSAEWOULDBLOCK", 11, "EAGAIN"), windows.errorcode());
        assertEquals(10035, windows.EWOULDBLOCK());
        assertEquals(Optional.of("WSAEWOULDBLOCK"), windows.name(10035));
    }

    @Test
    void theNameOfAnErrorsErrno() {
        Errno errno = new Errno(Map.of("ENOENT", 2, "EEXIST", 17));
        assertEquals(Optional.of("ENOENT"), errno.name(new FileNotFoundOsException(2, "No such file", "x", null)));
        assertEquals(Optional.of("EEXIST"), errno.name(17));
        assertEquals(Optional.empty(), errno.name(new OsException(99, "Unknown error 99")));
        // OSError('message') has errno None: no name, even where 0 would have one
        assertEquals(Optional.empty(), new Errno(Map.of("ENOENT", 0)).name(new OsException("no errno")));
        assertThrows(UnsupportedOperationException.class, () -> errno.errorcode().put(3, "ESRCH"));
        assertThrows(UnsupportedOperationException.class, () -> errno.asMap().put("ESRCH", 3));
    }
}
