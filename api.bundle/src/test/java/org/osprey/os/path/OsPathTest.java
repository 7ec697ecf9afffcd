package org.osprey.os.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osprey.os.OsException;

/**
 * What the golden data cannot show: the unbound flavours, the host, identity, Python's lowercase rules, and the
 * records of bytes.
 */
class OsPathTest {
    private static final Map<String, Object> WORK = Map.of("cwd", "C:\\work", "environ", Map.of(), "uid", 0L,
            "passwd", List.of());

    @Test
    void unboundFlavoursAnswerWhatNeedsNoProcess() throws OsException {
        assertEquals("/a", PosixPath.PURE.abspath("/a/./b/.."));
        assertEquals("C:\\b", NtPath.PURE.abspath("C:/a/../b"));
        assertEquals("no variables", PosixPath.PURE.expandvars("no variables"));
        assertEquals("no variables", NtPath.PURE.expandvars("no variables"));
        assertEquals("x/~", PosixPath.PURE.expanduser("x/~"));
        assertEquals("..", PosixPath.PURE.relpath("/a", "/a/b"));
    }

    @Test
    void unboundFlavoursFailWhereTheyWouldAskTheProcess() {
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.abspath("relative"));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.expandvars("$HOME"));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.expanduser("~"));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.realpath("/x"));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.ismount("/"));
        assertThrows(IllegalStateException.class, () -> NtPath.PURE.abspath("relative"));
        assertThrows(IllegalStateException.class, () -> NtPath.PURE.expandvars("%TEMP%"));
        assertThrows(IllegalStateException.class, () -> NtPath.PURE.expanduser("~"));
        assertThrows(IllegalStateException.class, () -> NtPath.PURE.ismount("x"));
    }

    @Test
    void posixSupportsUnicodeFilenamesOnlyOnMacOs() {
        assertEquals(System.getProperty("os.name").startsWith("Mac"), PosixPath.PURE.supportsUnicodeFilenames());
    }

    @Test
    void ntRealpathIsAbspathWithOrWithoutStrict() throws OsException {
        NtPath nt = new NtPath(new FixedProcessEnv(WORK));
        assertEquals("C:\\work\\b", nt.realpath("a\\..\\b"));
        assertEquals("C:\\work\\missing\\link", nt.realpath("missing/link", true));
    }

    @Test
    void noDevDrivesNorJunctions() {
        assertFalse(PosixPath.PURE.isdevdrive("/"));
        assertFalse(NtPath.PURE.isdevdrive("C:\\"));
        assertFalse(NtPath.PURE.isjunction("C:\\"));
    }

    @Test
    void commonprefixNeverSplitsACodePoint() {
        // U+1F600 and U+1F601 share their high surrogate, not a character.
        assertEquals("", PosixPath.PURE.commonprefix(List.of("\uD83D\uDE00a", "\uD83D\uDE01")));
        assertEquals("a", PosixPath.PURE.commonprefix(List.of("a\uD83D", "a\uD83D\uDE00")));
        assertEquals("a\uD83D", PosixPath.PURE.commonprefix(List.of("a\uD83Dx", "a\uD83Dy")));
    }

    @Test
    void pythonOrdersByCodePoint() {
        assertEquals(-1, Integer.signum(PyStr.compare("\uE000", "\uD83D\uDE00")));
        assertEquals(-1, Integer.signum(PyStr.compare("\uDC80", "\uD83D\uDE00")));
        assertEquals(-1, Integer.signum(PyStr.compare("\uD83D", "\uD83D\uDE00")));
        assertEquals(0, PyStr.compare("\uD83D\uDE00", "\uD83D\uDE00"));
    }

    @Test
    void lowercaseFollowsPython() {
        assertEquals("i\u0307", PyStr.lower("\u0130"));
        assertEquals("\u03b1\u03c2\\x", NtPath.PURE.normcase("\u0391\u03a3/x"));
        assertEquals("\u03b1\u03c3.txt", NtPath.PURE.normcase("\u0391\u03a3.txt"));
        assertEquals("\uD801\uDC28\uDC80\uD800", NtPath.PURE.normcase("\uD801\uDC00\uDC80\uD800"));
    }

    @Test
    void loneSurrogatesPassThrough() {
        assertEquals("/\uDCFF", PosixPath.PURE.normpath("/\uDC80/../\uDCFF/"));
        assertEquals("\uDC80\\\uDCFF", NtPath.PURE.join("\uDC80", "\uDCFF"));
        assertEquals(new SplitExt("\uDC80", ".\uDCFF"), PosixPath.PURE.splitext("\uDC80.\uDCFF"));
    }

    @Test
    void whatIsAlreadyNormalComesBackAsItIs() {
        String posix = "/usr/lib/python3.13";
        String nt = "C:\\Users\\osprey";
        assertSame(posix, PosixPath.PURE.normpath(posix));
        assertSame(nt, NtPath.PURE.normpath(nt));
        String lower = "c:\\users\\osprey";
        assertSame(lower, NtPath.PURE.normcase(lower));
        assertSame(nt, NtPath.PURE.join(nt));
    }

    @Test
    void bytesPiecesCompareByContentAndPrintAsBytes() {
        SplitRootBytes a = NtPath.PURE.splitroot(b("C:\\x\377"));
        SplitRootBytes b = new SplitRootBytes(b("C:"), b("\\"), b("x\377"));
        assertEquals(b, a);
        assertEquals(b.hashCode(), a.hashCode());
        assertNotEquals(new SplitBytes(b("a"), b("b")), new SplitBytes(b("a"), b("c")));
        assertEquals("SplitRootBytes[drive=b'C:', root=b'\\\\', tail=b'x\\xff']", a.toString());
    }

    @Test
    void bytesAnswersAreTheCallersOwn() {
        byte[] p = b("a/b");
        byte[] same = PosixPath.PURE.normcase(p);
        assertArrayEquals(p, same);
        assertNotSame(p, same);
        assertNotSame(p, PosixPath.PURE.normpath(p));
    }

    @Test
    void unboundFlavoursTakeBytesAndDescriptorsOnlyWhereNoProcessIsAsked() throws OsException {
        assertArrayEquals(b("/b"), PosixPath.PURE.abspath(b("/a/../b")));
        assertArrayEquals(b("C:\\b"), NtPath.PURE.realpath(b("C:/a/../b")));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.abspath(b("relative")));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.realpath(b("/x")));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.expanduser(b("~")));
        assertThrows(IllegalStateException.class, () -> NtPath.PURE.expandvars(b("%x%")));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.exists(0));
        assertThrows(IllegalStateException.class, () -> PosixPath.PURE.getsize(0));
    }

    @Test
    void relpathOfNoBytesIsValueError() {
        NtPath nt = new NtPath(new FixedProcessEnv(WORK));
        assertThrows(IllegalArgumentException.class, () -> nt.relpath(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> nt.relpath(b("C:\\x"), b("D:\\x")));
    }

    /** The bytes of an ISO-8859-1 string: one byte a character, as {@code "\377"} for 0xff. */
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
