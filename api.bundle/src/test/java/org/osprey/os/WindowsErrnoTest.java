package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osprey.testing.WindowsHeaders;

/**
 * {@link WindowsErrno} against an independent copy of the Windows headers ({@link WindowsHeaders}): mingw-w64's
 * {@code errno.h} (the UCRT's values, POSIX supplement included) and {@code winerror.h} (Winsock's {@code WSAE*});
 * and against values Python on Windows is documented to have.
 */
class WindowsErrnoTest {
    private static final Path INCLUDE = WindowsHeaders.INCLUDE;
    private static final Pattern DEFINE = Pattern.compile(
            "^#define\\s+(E[A-Z0-9]+|WSA[A-Z]+)\\s+\\(?\\s*(\\w+)\\s*(?:\\+\\s*(\\d+))?\\s*\\)?\\s*$",
            Pattern.MULTILINE);

    private static Map<String, Integer> errnoH;
    private static Map<String, Integer> winerrorH;

    @BeforeAll
    static void headers() throws IOException {
        WindowsHeaders.require();
        errnoH = defines(INCLUDE.resolve("errno.h"));
        winerrorH = defines(INCLUDE.resolve("winerror.h"));
    }

    @Test
    void everyUcrtNameHasItsHeaderValueOrItsWinsockTwin() {
        List<String> wrong = new ArrayList<>();
        errnoH.forEach((name, value) -> {
            Integer ours = WindowsErrno.values().get(name);
            Integer twin = winerrorH.get("WSA" + name);
            boolean ok = value.equals(ours) || value >= 100 && twin != null && twin.equals(ours);
            if (!ok && !name.equals("ENOFILE")) { // mingw's own alias, no Python name
                wrong.add(name + ": " + ours + ", errno.h " + value + (twin == null ? "" : ", WSA" + name + " " + twin));
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyWinsockNameHasItsHeaderValue() {
        List<String> wrong = new ArrayList<>();
        WindowsErrno.values().forEach((name, value) -> {
            if (value >= 10_000) {
                String header = name.startsWith("WSA") ? name : "WSA" + name;
                if (!value.equals(winerrorH.get(header))) {
                    wrong.add(name + ": " + value + ", winerror.h " + header + " " + winerrorH.get(header));
                }
            } else if (!value.equals(errnoH.get(name))) {
                wrong.add(name + ": " + value + ", errno.h " + errnoH.get(name));
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** Python on Windows: the socket names are Winsock's (the errno docs: EWOULDBLOCK is 10035), the rest the UCRT's. */
    @Test
    void pythonsWindowsValues() {
        Errno errno = Errno.windows();
        assertEquals(10035, errno.EWOULDBLOCK());
        assertEquals(10062, errno.ELOOP());
        assertEquals(10060, errno.ETIMEDOUT());
        assertEquals(10068, errno.EUSERS());
        assertEquals(11, errno.EAGAIN());
        assertEquals(41, errno.ENOTEMPTY());
        assertEquals(129, errno.ENOTSUP());
        assertEquals(132, errno.EOVERFLOW());
        assertEquals(36, errno.EDEADLOCK());
        assertEquals(10035, errno.WSAEWOULDBLOCK());
        assertEquals("WSAEWOULDBLOCK", errno.errorcode().get(10035));
        assertEquals("EDEADLOCK", errno.errorcode().get(36));
        assertTrue(errno.asMap().containsKey("WSAEPROCLIM"));
        assertTrue(!errno.asMap().containsKey("EPROCLIM") && !errno.asMap().containsKey("ENOTBLK"));
    }

    @Test
    void anErrnoOfWindowsChoosesItsSubclassByItsWindowsName() {
        assertInstanceOf(IsADirectoryOsException.class, OsException.ofWindowsErrno(21, "Is a directory", "d", null));
        assertInstanceOf(ProcessLookupOsException.class, OsException.ofWindowsErrno(3, "No such process", null, null));
        assertInstanceOf(BlockingIoOsException.class, OsException.ofWindowsErrno(10035, "would block", null, null));
        assertInstanceOf(BlockingIoOsException.class, OsException.ofWindowsErrno(11, "again", null, null));
        assertInstanceOf(BrokenPipeOsException.class, OsException.ofWindowsErrno(10058, "shutdown", null, null));
        // 140 is the UCRT's EWOULDBLOCK, which CPython's errno replaces by WSAEWOULDBLOCK: no subclass for it
        assertEquals(OsException.class, OsException.ofWindowsErrno(140, "would block", null, null).getClass());
        assertEquals("EWOULDBLOCK", WindowsErrno.name(10035));
        assertNull(WindowsErrno.name(10067), "WSAEPROCLIM has no E name on Windows");
    }

    /** {@code #define NAME value} and {@code #define NAME (BASE + n)} of one header, aliases resolved. */
    private static Map<String, Integer> defines(Path header) throws IOException {
        Map<String, Integer> values = new HashMap<>();
        Matcher m = DEFINE.matcher(Files.readString(header));
        while (m.find()) {
            String base = m.group(2);
            Integer value = base.matches("\\d+") ? Integer.valueOf(base) : values.get(base);
            if (value != null) {
                values.putIfAbsent(m.group(1), value + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
            }
        }
        return values;
    }
}
