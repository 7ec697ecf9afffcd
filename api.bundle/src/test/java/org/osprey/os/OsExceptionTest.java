package org.osprey.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osprey.testing.Python;

class OsExceptionTest {
    @Test
    void subtypeFollowsPython3sErrnoTable() {
        record Case(String errno, Class<? extends OsException> type) {
        }
        List<Case> cases = List.of(new Case("ENOENT", FileNotFoundOsException.class),
                new Case("EEXIST", FileExistsOsException.class), new Case("EACCES", PermissionOsException.class),
                new Case("EPERM", PermissionOsException.class), new Case("EISDIR", IsADirectoryOsException.class),
                new Case("ENOTDIR", NotADirectoryOsException.class),
                new Case("EINTR", InterruptedOsException.class), new Case("EAGAIN", BlockingIoOsException.class),
                new Case("EWOULDBLOCK", BlockingIoOsException.class),
                new Case("EINPROGRESS", BlockingIoOsException.class),
                new Case("EALREADY", BlockingIoOsException.class), new Case("ECHILD", ChildProcessOsException.class),
                new Case("ESRCH", ProcessLookupOsException.class), new Case("ETIMEDOUT", TimeoutOsException.class),
                new Case("EPIPE", BrokenPipeOsException.class), new Case("ESHUTDOWN", BrokenPipeOsException.class),
                new Case("ECONNABORTED", ConnectionAbortedOsException.class),
                new Case("ECONNREFUSED", ConnectionRefusedOsException.class),
                new Case("ECONNRESET", ConnectionResetOsException.class), new Case("ENOTEMPTY", OsException.class),
                new Case(null, OsException.class));
        for (Case c : cases) {
            assertSame(c.type(), OsException.of(1, c.errno(), "x", null, null).getClass(), c.errno());
        }
        assertInstanceOf(ConnectionOsException.class, OsException.of(32, "EPIPE", "Broken pipe", null, null));
        assertInstanceOf(IOException.class, OsException.of(2, "ENOENT", "x", null, null));
    }

    @Test
    void messageReadsLikePythonsStrOfOsError() throws Exception {
        List<String> names = List.of("x", "a b", "it's", "say \"hi\"", "both ' and \"", "tab\there", "new\nline",
                "back\\slash", "caf\u00e9", "\udcff\udc80raw", "\u0007bell", "\u00a0nbsp", "\u200bzw", "\ud83d\ude00",
                "\u2028ls", "");
        String script = "import sys, json\n"
                + "for n in json.loads(sys.stdin.read()):\n"
                + "    print(ascii(str(FileNotFoundError(2, 'No such file or directory', n))))\n"
                + "    print(ascii(str(FileExistsError(17, 'File exists', n, None, n + '2'))))\n";
        String json = names.stream().map(OsExceptionTest::jsonString).collect(Collectors.joining(",", "[", "]"));
        String[] expected = Python.withInput(script, json).split("\n");
        int i = 0;
        for (String n : names) {
            assertEquals(expected[i++], ascii(new FileNotFoundOsException(2, "No such file or directory", n, null)
                    .getMessage()), n);
            assertEquals(expected[i++], ascii(new FileExistsOsException(17, "File exists", n, n + "2")
                    .getMessage()), n);
        }
        assertEquals("[Errno 13] Permission denied", new PermissionOsException(13, "Permission denied", null, null)
                .getMessage());
    }

    @Test
    void withFilenamesKeepsTheTypeAndErrnoAndNamesOtherFiles() {
        OsException seen = OsException.of(2, "ENOENT", "No such file or directory", "name", null);
        OsException renamed = seen.withFilenames("/top/name", "/other");
        assertSame(FileNotFoundOsException.class, renamed.getClass());
        assertEquals(2, renamed.errno());
        assertEquals("[Errno 2] No such file or directory: '/top/name' -> '/other'", renamed.getMessage());
        assertSame(seen, renamed.getCause());
        OsException foreign = new OsException(5, "Input/output error", "x") {
            private static final long serialVersionUID = 1L;
        };
        assertSame(OsException.class, foreign.withFilenames("y", null).getClass());
    }

    @Test
    void anErrorWithoutErrnoIsPythonsOsErrorOfAMessage() {
        String python = Python.MODERN.run("e = FileNotFoundError('Directory does not exist: d/')\n"
                + "print(str(e), e.errno, e.strerror, e.filename, e.filename2, sep='|', end='')");
        FileNotFoundOsException e = new FileNotFoundOsException("Directory does not exist: d/");
        assertEquals(python, e.getMessage() + "|" + (e.hasErrno() ? e.errno() : "None") + "|"
                + py(e.strerror()) + "|" + py(e.filename()) + "|" + py(e.filename2()));
        assertEquals(0, e.errno());
        assertSame(e, e.withFilenames("other", null), "no file to rename in its message");
        assertEquals(e, new FileNotFoundOsException("Directory does not exist: d/"));
        assertNotEquals(e, new FileNotFoundOsException("Directory does not exist: e/"));
        assertNotEquals(new OsException(0, "Success"), new OsException("[Errno 0] Success"));
        assertTrue(new OsException(0, "Success").hasErrno(), "errno 0 is an errno");
    }

    private static String py(String s) {
        return s == null ? "None" : s;
    }

    @Test
    void aWindowsErrorDerivesItsErrnoAndSubclassAsCPythonDoes() {
        record Case(int winerror, int errno, Class<? extends OsException> type) {
        }
        List<Case> cases = List.of(new Case(5, 13, PermissionOsException.class), // ERROR_ACCESS_DENIED
                new Case(2, 2, FileNotFoundOsException.class), new Case(3, 2, FileNotFoundOsException.class),
                new Case(183, 17, FileExistsOsException.class), new Case(80, 17, FileExistsOsException.class),
                new Case(267, 20, NotADirectoryOsException.class), new Case(145, 41, OsException.class),
                new Case(32, 13, PermissionOsException.class), // ERROR_SHARING_VIOLATION
                new Case(109, 32, BrokenPipeOsException.class), new Case(128, 10, ChildProcessOsException.class),
                new Case(89, 11, BlockingIoOsException.class), new Case(112, 28, OsException.class),
                new Case(1, 22, OsException.class), new Case(12345, 22, OsException.class),
                new Case(0x80070005, 13, PermissionOsException.class), // a FACILITY_WIN32 HRESULT
                new Case(10013, 13, PermissionOsException.class), new Case(10004, 4, InterruptedOsException.class),
                new Case(10035, 10035, BlockingIoOsException.class),
                new Case(10054, 10054, ConnectionResetOsException.class),
                new Case(10060, 10060, TimeoutOsException.class), new Case(10038, 10038, OsException.class));
        for (Case c : cases) {
            OsException e = OsException.ofWinerror(c.winerror(), "message", "x", null);
            assertSame(c.type(), e.getClass(), Integer.toString(c.winerror()));
            assertEquals(c.errno(), e.errno(), Integer.toString(c.winerror()));
            assertEquals(java.util.OptionalInt.of(c.winerror()), e.winerror());
            assertTrue(e.hasErrno());
        }
        assertEquals(java.util.OptionalInt.empty(), OsException.of(2, "ENOENT", "x", null, null).winerror());
        assertEquals(java.util.OptionalInt.empty(), new OsException("message").winerror());
    }

    @Test
    void aWindowsErrorReadsLikePythonsWinErrorMessage() {
        // CPython's OSError.__str__ on Windows is its errno form with "[WinError n]" in front: the names are
        // quoted by the oracle's repr, the prefix is CPython's Windows format "[WinError %S] %S: %R -> %R"
        List<String> names = List.of("x", "C:\\dir\\it's", "caf\u00e9");
        for (String n : names) {
            String python = Python.run("import sys; print(str(OSError(5, 'Access is denied', sys.argv[1], None, "
                    + "sys.argv[1] + '2')), end='')", n);
            assertTrue(python.startsWith("[Errno 5] "), python);
            assertEquals("[WinError 5] " + python.substring("[Errno 5] ".length()),
                    OsException.ofWinerror(5, "Access is denied", n, n + "2").getMessage());
        }
        assertEquals("[WinError 5] Access is denied: 'x'", OsException.ofWinerror(5, "Access is denied", "x", null)
                .getMessage());
        assertEquals("[WinError 5] Access is denied", OsException.ofWinerror(5, "Access is denied", null, null)
                .getMessage());
        assertEquals("PermissionOsException: [WinError 5] Access is denied",
                OsException.ofWinerror(5, "Access is denied", null, null).toString().replaceFirst(".*\\.", ""));
    }

    @Test
    void aWindowsErrorKeepsItsWinerrorWhenRenamedAndInEquality() {
        OsException e = OsException.ofWinerror(2, "The system cannot find the file specified", "a", null);
        OsException renamed = e.withFilenames("C:\\top\\a", null);
        assertSame(FileNotFoundOsException.class, renamed.getClass());
        assertEquals(java.util.OptionalInt.of(2), renamed.winerror());
        assertEquals("[WinError 2] The system cannot find the file specified: 'C:\\\\top\\\\a'",
                renamed.getMessage());
        assertEquals(e, OsException.ofWinerror(2, "The system cannot find the file specified", "a", null));
        assertNotEquals(e, OsException.ofWinerror(3, "The system cannot find the file specified", "a", null));
        assertNotEquals(e, new FileNotFoundOsException(2, "The system cannot find the file specified", "a", null));
    }

    @Test
    void reprOfAListIsPythons() throws Exception {
        List<String> names = List.of("a", "it's", "both ' and \"", "tab\there", "caf\u00e9", "\udcff", "");
        String json = names.stream().map(OsExceptionTest::jsonString).collect(Collectors.joining(",", "[", "]"));
        assertEquals(Python.withInput("import json, sys; print(repr(json.load(sys.stdin)), end='')", json),
                PyRepr.repr(names));
        assertEquals("[]", PyRepr.repr(List.of()));
    }

    @Test
    void reprOfBytesIsPythons() {
        List<byte[]> values = new ArrayList<>(List.of(new byte[0], "it's".getBytes(), "say \"hi\"".getBytes(),
                "both ' and \"".getBytes(), "back\\slash\t\n\r".getBytes()));
        for (int b = 0; b < 256; b++) {
            values.add(new byte[] {'a', (byte) b});
        }
        String hex = values.stream().map(HexFormat.of()::formatHex).collect(Collectors.joining("\n"));
        String expected = Python.withInput("import sys\n"
                + "for h in sys.stdin.read().split('\\n'): print(repr(bytes.fromhex(h)))", hex);
        assertEquals(expected, values.stream().map(v -> PyRepr.repr(v) + "\n").collect(Collectors.joining()));
    }

    /** Python's ascii(): the repr with every non-ASCII code point escaped, so both sides compare as ASCII. */
    private static String ascii(String s) {
        return PyRepr.repr(s).codePoints().mapToObj(cp -> cp < 0x80 ? Character.toString(cp)
                : cp < 0x100 ? String.format("\\x%02x", cp)
                : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp))
                .collect(Collectors.joining());
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            b.append(c == '"' || c == '\\' || c < 0x20 || c >= 0x7f ? String.format("\\u%04x", (int) c)
                    : Character.toString(c));
        }
        return b.append('"').toString();
    }
}
