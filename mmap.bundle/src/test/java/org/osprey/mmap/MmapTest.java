package org.osprey.mmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/** In the spirit of CPython's {@code test_mmap}: the same checks, on real files, on the provider that serves. */
class MmapTest {
    private final Os os = Os.get();
    private final Mmap mmap = Mmap.of(os);
    private final Supported supported = Supported.of(os);
    private final int pagesize = mmap.PAGESIZE();
    @TempDir
    Path dir;
    private Path file;
    private int fd = -1;

    @BeforeEach
    void setUp() {
        file = dir.resolve("mapped");
    }

    @AfterEach
    void closeFile() throws OsException {
        if (fd != -1) {
            os.close(fd);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private MemoryMap mapOf(byte[] data, long length, MmapOptions options) throws OsException {
        fd = MapFiles.withData(os, file, data);
        return mmap.mmap(fd, length, options);
    }

    @Test
    void basic() throws Exception {
        byte[] data = new byte[2 * pagesize];
        System.arraycopy(bytes("foo"), 0, data, pagesize, 3);
        try (MemoryMap m = mapOf(data, 2L * pagesize, MmapOptions.DEFAULT)) {
            assertEquals(pagesize, m.find(bytes("foo")));
            assertEquals(2L * pagesize, m.length());
            assertEquals(0, m.get(0));
            assertArrayEquals(new byte[3], m.get(0, 3));
            assertThrows(IndexOutOfBoundsException.class, () -> m.get(m.length()));
            assertThrows(IndexOutOfBoundsException.class, () -> m.set(m.length(), 0));
            m.set(0, '3');
            m.set(pagesize + 3, pagesize + 6, bytes("bar"));
            assertEquals('3', m.get(0));
            assertArrayEquals(bytes("3\0\0"), m.get(0, 3));
            assertArrayEquals(bytes("\0foobar\0"), m.get(pagesize - 1, pagesize + 7));
            m.flush();
            assertArrayEquals(bytes("\0foobar\0"), Arrays.copyOfRange(MapFiles.content(os, file), pagesize - 1,
                    pagesize + 7), "a shared map writes through to the file");
            assertTrue(m.seekable());
            assertEquals(0, m.seek(0, 0));
            assertEquals(0, m.tell());
            assertEquals(42, m.seek(42, 1));
            assertEquals(42, m.tell());
            assertEquals(m.length(), m.seek(0, 2));
            assertEquals(m.length(), m.tell());
            assertThrows(IllegalArgumentException.class, () -> m.seek(-1));
            assertThrows(IllegalArgumentException.class, () -> m.seek(1, 2));
            assertThrows(IllegalArgumentException.class, () -> m.seek(-m.length() - 1, 2));
            supported.run("mmap.resize", () -> m.resize(512));
            assertEquals(512, m.length());
            assertThrows(IllegalArgumentException.class, () -> m.seek(513, 0));
            assertEquals(512, os.stat(file.toString()).size(), "the file is truncated too");
            assertEquals(512, m.size());
        }
    }

    @Test
    void readOnlyAccessRefusesEveryWrite() throws Exception {
        try (MemoryMap m = mapOf(bytes("aaaaaaaaaa"), 10, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_READ))) {
            assertArrayEquals(bytes("aaaaaaaaaa"), m.get(0, Long.MAX_VALUE));
            String readonly = "mmap can't modify a readonly memory map.";
            assertEquals(readonly, assertThrows(AccessModeException.class, () -> m.set(0, 10, bytes("bbbbbbbbbb")))
                    .getMessage());
            assertEquals(readonly, assertThrows(AccessModeException.class, () -> m.set(0, 'b')).getMessage());
            assertEquals(readonly, assertThrows(AccessModeException.class, () -> m.write(bytes("abc"))).getMessage());
            assertEquals(readonly, assertThrows(AccessModeException.class, () -> m.writeByte('d')).getMessage());
            assertEquals(readonly, assertThrows(AccessModeException.class, () -> m.move(0, 1, 1)).getMessage());
            assertEquals("mmap can't resize a readonly or copy-on-write memory map.",
                    assertThrows(AccessModeException.class, () -> m.resize(20)).getMessage());
            ByteBuffer view = m.buffer();
            assertTrue(view.isReadOnly());
            assertThrows(ReadOnlyBufferException.class, () -> view.put(0, (byte) 'x'));
        }
        assertArrayEquals(bytes("aaaaaaaaaa"), MapFiles.content(os, file));
    }

    @Test
    void lengthBeyondTheFileIsRefused() throws Exception {
        fd = MapFiles.withData(os, file, bytes("aaaaaaaaaa"));
        assertEquals("mmap length is greater than file size",
                assertThrows(IllegalArgumentException.class, () -> mmap.mmap(fd, 11)).getMessage());
        assertEquals("mmap offset is greater than file size", assertThrows(IllegalArgumentException.class,
                () -> mmap.mmap(fd, 0, MmapOptions.DEFAULT.withOffset(pagesize))).getMessage());
        assertEquals(10, MapFiles.content(os, file).length, "the file did not grow");
    }

    @Test
    void writeAccessWritesThrough() throws Exception {
        try (MemoryMap m = mapOf(bytes("aaaaaaaaaa"), 10, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_WRITE))) {
            m.set(0, 10, bytes("cccccccccc"));
            assertArrayEquals(bytes("cccccccccc"), m.get(0, 10));
            m.flush();
        }
        assertArrayEquals(bytes("cccccccccc"), MapFiles.content(os, file));
    }

    @Test
    void copyAccessNeverReachesTheFile() throws Exception {
        try (MemoryMap m = mapOf(bytes("aaaaaaaaaa"), 10, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_COPY))) {
            m.set(0, 10, bytes("dddddddddd"));
            assertArrayEquals(bytes("dddddddddd"), m.get(0, 10));
            m.flush();
            assertArrayEquals(bytes("aaaaaaaaaa"), MapFiles.content(os, file));
            assertThrows(AccessModeException.class, () -> m.resize(20));
        }
        assertArrayEquals(bytes("aaaaaaaaaa"), MapFiles.content(os, file));
    }

    @Test
    void accessWithFlagsOrProtAndUnknownAccessAreValueErrors() throws Exception {
        fd = MapFiles.withData(os, file, bytes("aaaaaaaaaa"));
        assertEquals("mmap can't specify both access and flags, prot.", assertThrows(IllegalArgumentException.class,
                () -> mmap.mmap(fd, 10, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_READ).withFlags(
                        mmap.MAP_PRIVATE()))).getMessage());
        assertEquals("mmap invalid access parameter.", assertThrows(IllegalArgumentException.class,
                () -> mmap.mmap(fd, 10, MmapOptions.DEFAULT.withAccess(4))).getMessage());
        try (MemoryMap m = mmap.mmap(fd, 10, MmapOptions.DEFAULT.withProt(mmap.PROT_READ()))) {
            assertThrows(AccessModeException.class, () -> m.write(bytes("x")));
            assertTrue(m.toString().contains("access=ACCESS_READ"), m.toString());
        }
    }

    @Test
    void badDescriptorEmptyFileNegativeArguments() throws Exception {
        assertThrows(OsException.class, () -> mmap.mmap(-2, 4096));
        fd = MapFiles.withData(os, file, new byte[0]);
        assertEquals("cannot mmap an empty file",
                assertThrows(IllegalArgumentException.class, () -> mmap.mmap(fd, 0)).getMessage());
        assertEquals("memory mapped length must be positive",
                assertThrows(ArithmeticException.class, () -> mmap.mmap(fd, -1)).getMessage());
        assertEquals("memory mapped offset must be positive", assertThrows(ArithmeticException.class,
                () -> mmap.mmap(fd, 1, MmapOptions.DEFAULT.withOffset(-1))).getMessage());
        os.ftruncate(fd, 2L * pagesize);
        OsException e = assertThrows(OsException.class,
                () -> mmap.mmap(fd, 1, MmapOptions.DEFAULT.withOffset(1)));
        assertEquals(os.errno().EINVAL(), e.errno(), "an offset that is not a multiple of the granularity");
    }

    @Test
    void findAndRfindFollowCPythonsIndices() throws Exception {
        byte[] data = bytes("aabaac\0deef\0\0aa\0");
        try (MemoryMap m = mapOf(data, data.length, MmapOptions.DEFAULT)) {
            String s = new String(data, StandardCharsets.ISO_8859_1);
            for (int start = -data.length - 1; start <= data.length + 1; start++) {
                for (int finish = -data.length - 1; finish <= data.length + 1; finish++) {
                    for (String sub : new String[] {"a", "aa", "\0", "ac\0", "", "zz"}) {
                        long expected = pyFind(s, sub, start, finish, false);
                        assertEquals(expected, m.find(bytes(sub), start, finish), sub + " " + start + " " + finish);
                        assertEquals(pyFind(s, sub, start, finish, true), m.rfind(bytes(sub), start, finish),
                                "rfind " + sub + " " + start + " " + finish);
                    }
                }
            }
            assertEquals(-1, m.find(bytes("aaa")));
            m.seek(4);
            assertEquals(13, m.find(bytes("aa")), "from the position");
            assertEquals(14, m.rfind(bytes("a")), "rfind from the position too");
        }
    }

    /** Python's {@code str.find}/{@code rfind} with slice indices, the rule mmap's find follows. */
    private static long pyFind(String s, String sub, int start, int end, boolean last) {
        int n = s.length();
        int from = start < 0 ? Math.max(0, start + n) : Math.min(start, n);
        int to = end < 0 ? Math.max(0, end + n) : Math.min(end, n);
        if (to < from || to - from < sub.length()) {
            return -1;
        }
        String window = s.substring(from, to);
        int i = last ? window.lastIndexOf(sub) : window.indexOf(sub);
        return i < 0 ? -1 : from + i;
    }

    @Test
    void findAcrossTheSearchWindows() throws Exception {
        int length = 5 * 64 * 1024 + 17;
        byte[] data = new byte[length];
        byte[] needle = bytes("needle-in-a-haystack");
        int at = 2 * 64 * 1024 - 7; // straddles a window boundary
        System.arraycopy(needle, 0, data, at, needle.length);
        System.arraycopy(needle, 0, data, length - needle.length, needle.length);
        try (MemoryMap m = mapOf(data, 0, MmapOptions.DEFAULT)) {
            assertEquals(at, m.find(needle));
            assertEquals(length - needle.length, m.rfind(needle));
            assertEquals(length - needle.length, m.find(needle, at + 1));
            assertEquals(at, m.rfind(needle, 0, length - 1));
        }
    }

    @Test
    void entireFileAndOffset() throws Exception {
        byte[] data = new byte[3 * pagesize];
        Arrays.fill(data, 2 * pagesize, 3 * pagesize, (byte) 'x');
        data[pagesize] = 'y';
        try (MemoryMap m = mapOf(data, 0, MmapOptions.DEFAULT)) {
            assertEquals(data.length, m.length());
            assertArrayEquals(data, m.read());
        }
        try (MemoryMap m = mmap.mmap(fd, 0, MmapOptions.DEFAULT.withOffset(pagesize))) {
            assertEquals(2L * pagesize, m.length());
            assertEquals('y', m.get(0));
            assertEquals(3L * pagesize, m.size(), "size() is the file's");
            assertTrue(m.toString().endsWith("offset=" + pagesize + ">"), m.toString());
            supported.run("mmap.resize", () -> m.resize(pagesize));
            assertEquals(2L * pagesize, os.fstat(fd).size(), "the file ends at offset + newsize");
        }
    }

    @Test
    void move() throws Exception {
        try (MemoryMap m = mapOf(bytes("ABCDEabcde"), 10, MmapOptions.DEFAULT)) {
            m.move(5, 0, 5);
            assertArrayEquals(bytes("ABCDEABCDE"), m.get(0, 10));
        }
        // every move of CPython's test: overlapping in both directions
        byte[] data = bytes("0123456789");
        for (int dest = 0; dest < 10; dest++) {
            for (int src = 0; src < 10; src++) {
                for (int count = 0; count <= 10 - Math.max(dest, src); count++) {
                    try (MemoryMap m = mmap.mmap(-1, 10)) {
                        m.write(data);
                        m.move(dest, src, count);
                        byte[] expected = data.clone();
                        System.arraycopy(data, src, expected, dest, count);
                        assertArrayEquals(expected, m.get(0, 10), dest + " " + src + " " + count);
                    }
                }
            }
        }
        try (MemoryMap m = mmap.mmap(-1, 100)) {
            for (long[] bad : new long[][] {{-1, 0, 1}, {0, -1, 1}, {0, 0, -1}, {100, 0, 1}, {0, 100, 1},
                    {0, 0, 101}, {99, 0, 2}, {0, 99, 2}}) {
                assertEquals("source, destination, or count out of range", assertThrows(
                        IllegalArgumentException.class, () -> m.move(bad[0], bad[1], bad[2])).getMessage());
            }
            m.move(0, 0, 0);
        }
    }

    @Test
    void anonymous() throws Exception {
        try (MemoryMap m = mmap.mmap(-1, pagesize)) {
            for (int x = 0; x < pagesize; x++) {
                assertEquals(0, m.get(x));
            }
            for (int x = 0; x < pagesize; x++) {
                int b = x & 0xff;
                m.set(x, b);
                assertEquals(b, m.get(x));
            }
            assertThrows(OsException.class, m::size, "anonymous memory has no file: EBADF, as CPython");
        }
        assertThrows(OsException.class, () -> mmap.mmap(-1, 0), "the kernel's EINVAL");
    }

    @Test
    void extendedSlices() throws Exception {
        byte[] data = new byte[256];
        for (int i = 0; i < 256; i++) {
            data[i] = (byte) i;
        }
        try (MemoryMap m = mmap.mmap(-1, 256)) {
            m.write(data);
            long[] indices = {0, 1, 5, 100, 255, 256, 300, -1, -5, -100, -256, -300, Long.MAX_VALUE,
                    Long.MIN_VALUE};
            long[] steps = {1, 2, 3, 7, 300, -1, -2, -3, -300};
            for (long start : indices) {
                for (long stop : indices) {
                    for (long step : steps) {
                        byte[] expected = pySlice(data, start, stop, step);
                        assertArrayEquals(expected, m.get(start, stop, step), start + ":" + stop + ":" + step);
                        byte[] reversed = expected.clone();
                        for (int i = 0; i < reversed.length; i++) {
                            reversed[i] = (byte) ~reversed[i];
                        }
                        m.set(start, stop, step, reversed);
                        assertArrayEquals(reversed, m.get(start, stop, step));
                        m.set(0, 256, data);
                    }
                }
            }
            assertEquals("mmap slice assignment is wrong size",
                    assertThrows(IndexOutOfBoundsException.class, () -> m.set(0, 2, bytes("x"))).getMessage());
            assertEquals(255, m.get(-1));
            assertEquals(0, m.get(-256));
            assertEquals("mmap index out of range",
                    assertThrows(IndexOutOfBoundsException.class, () -> m.get(-257)).getMessage());
            assertEquals("mmap item value must be in range(0, 256)",
                    assertThrows(IllegalArgumentException.class, () -> m.set(0, 256)).getMessage());
        }
    }

    /** Python's {@code bytes[start:stop:step]}, from the slice definition itself. */
    private static byte[] pySlice(byte[] data, long start, long stop, long step) {
        long n = data.length;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long lo = step > 0 ? 0 : -1;
        long hi = step > 0 ? n : n - 1;
        long s = start < 0 ? Math.max(start + n, lo) : Math.min(start, hi);
        long e = stop < 0 ? Math.max(stop + n, lo) : Math.min(stop, hi);
        for (long i = s; step > 0 ? i < e : i > e; i += step) {
            out.write(data[(int) i]);
        }
        return out.toByteArray();
    }

    @Test
    void fileLikeMethods() throws Exception {
        try (MemoryMap m = mmap.mmap(-1, 16)) {
            assertEquals(3, m.write(bytes("ab\n")));
            m.write(bytes("cd\nef"));
            m.writeByte('g');
            assertEquals(9, m.tell());
            assertEquals("data out of range",
                    assertThrows(IllegalArgumentException.class, () -> m.write(new byte[8])).getMessage());
            assertEquals("unsigned byte integer is greater than maximum",
                    assertThrows(ArithmeticException.class, () -> m.writeByte(300)).getMessage());
            m.seek(0);
            assertArrayEquals(bytes("ab\n"), m.readline());
            assertArrayEquals(bytes("cd\n"), m.readline());
            assertEquals('e', m.readByte());
            assertArrayEquals(bytes("fg"), m.read(2));
            assertArrayEquals(new byte[7], m.read(-5));
            assertArrayEquals(new byte[0], m.read());
            assertArrayEquals(new byte[0], m.readline());
            assertEquals("read byte out of range",
                    assertThrows(IllegalArgumentException.class, m::readByte).getMessage());
            assertEquals("write byte out of range",
                    assertThrows(IllegalArgumentException.class, () -> m.writeByte(1)).getMessage());
            assertEquals("unknown seek type",
                    assertThrows(IllegalArgumentException.class, () -> m.seek(0, 3)).getMessage());
            assertEquals(15, m.seek(-1, 1));
            assertEquals("<mmap.mmap closed=False, access=ACCESS_DEFAULT, length=16, pos=15, offset=0>",
                    m.toString());
        }
    }

    @Test
    void flushChecksItsRange() throws Exception {
        try (MemoryMap m = mapOf(new byte[2 * pagesize], 0, MmapOptions.DEFAULT)) {
            m.flush(0, 0);
            m.flush(pagesize, pagesize);
            for (long[] bad : new long[][] {{1, 2L * pagesize}, {0, 2L * pagesize + 1}, {-1, 1}, {0, -1}}) {
                assertEquals("flush values out of range", assertThrows(IllegalArgumentException.class,
                        () -> m.flush(bad[0], bad[1])).getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> m.flush(1));
            assertEquals(os.errno().EINVAL(),
                    assertThrows(OsException.class, () -> m.flush(1, 1)).errno(), "msync of an unaligned address");
        }
    }

    @Test
    void madvise() throws Exception {
        try (MemoryMap m = mmap.mmap(-1, 2L * pagesize)) {
            int normal = mmap.constants().get("MADV_NORMAL") == null ? 0 : mmap.constants().get("MADV_NORMAL");
            assertEquals("madvise start out of bounds", assertThrows(IllegalArgumentException.class,
                    () -> m.madvise(normal, -1)).getMessage());
            assertEquals("madvise start out of bounds", assertThrows(IllegalArgumentException.class,
                    () -> m.madvise(normal, 2L * pagesize)).getMessage());
            assertEquals("madvise length invalid", assertThrows(IllegalArgumentException.class,
                    () -> m.madvise(normal, 0, -1)).getMessage());
            supported.run("mmap.madvise", () -> m.madvise(normal, 0, 3L * pagesize)); // clipped to the map
            m.madvise(normal, pagesize, 1);
            m.madvise(normal);
            assertThrows(OsException.class, () -> m.madvise(normal, 1));
        }
    }

    @Test
    void resizeAnonymousAndPastThePosition() throws Exception {
        try (MemoryMap m = mmap.mmap(-1, 8192)) {
            m.seek(8192);
            supported.run("mmap.resize", () -> m.resize(8192 * 2));
            assertEquals(8192 * 2, m.length());
            m.write(bytes("x"));
            m.resize(100);
            assertEquals(100, m.length());
            assertEquals(8193, m.tell(), "the position stays, as CPython's");
            assertArrayEquals(new byte[0], m.read());
            assertThrows(IllegalArgumentException.class, () -> m.readByte());
            assertEquals("new size out of range",
                    assertThrows(IllegalArgumentException.class, () -> m.resize(-1)).getMessage());
        }
    }

    @Test
    void trackfdFalse() throws Exception {
        try (MemoryMap m = mapOf(new byte[pagesize], 0, MmapOptions.DEFAULT.withTrackfd(false))) {
            assertThrows(OsException.class, m::size);
            assertEquals("mmap can't resize with trackfd=False.",
                    assertThrows(IllegalArgumentException.class, () -> m.resize(10)).getMessage());
        }
    }

    @Test
    void closedMapsAreValueErrorsAndCloseTwiceIsFine() throws Exception {
        MemoryMap m = mapOf(bytes("foo"), 3, MmapOptions.DEFAULT);
        assertFalse(m.closed());
        m.close();
        m.close();
        assertTrue(m.closed());
        assertEquals("<mmap.mmap closed=True>", m.toString());
        for (org.junit.jupiter.api.function.Executable call : new org.junit.jupiter.api.function.Executable[] {
                () -> m.get(0), () -> m.get(0, 1), () -> m.set(0, 1), () -> m.read(), () -> m.readByte(),
                () -> m.readline(), () -> m.write(bytes("a")), () -> m.writeByte(1), () -> m.find(bytes("f")),
                () -> m.rfind(bytes("f")), () -> m.seek(0), () -> m.tell(), () -> m.size(), () -> m.length(),
                () -> m.flush(), () -> m.move(0, 1, 1), () -> m.resize(10), () -> m.buffer(),
                () -> m.madvise(0)}) {
            assertEquals("mmap closed or invalid",
                    assertThrows(IllegalArgumentException.class, call).getMessage());
        }
    }

    @Test
    void closeReleasesTheDuplicatedDescriptor() throws Exception {
        fd = MapFiles.withData(os, file, new byte[pagesize]);
        MemoryMap m = mmap.mmap(fd, 0);
        int probe = os.dup(fd);
        os.close(probe);
        m.close();
        int after = os.dup(fd);
        os.close(after);
        assertTrue(after <= probe, "the map's duplicate was closed: " + after + " vs " + probe);
    }

    @Test
    void constantsAreCPythons() {
        assertEquals(pagesize, mmap.ALLOCATIONGRANULARITY());
        assertTrue(Integer.bitCount(pagesize) == 1 && pagesize >= 4096);
        assertEquals(mmap.PROT_READ(), mmap.constants().get("PROT_READ"));
        assertEquals(mmap.MAP_SHARED(), mmap.constants().get("MAP_SHARED"));
        assertEquals(mmap.PROT_WRITE(), mmap.constants().get("PROT_WRITE"));
        assertEquals(mmap.MAP_PRIVATE(), mmap.constants().get("MAP_PRIVATE"));
    }

    @Test
    void accessesAcrossTheOneGibChunksOfABigMap() throws Exception {
        // private anonymous memory: untouched pages are the kernel's one zero page, so 1 GiB costs nothing here
        org.junit.jupiter.api.Assumptions.assumeTrue(os.providerId().startsWith("posix"),
                "the pure-Java provider would allocate the whole direct buffer");
        long gib = 1L << 30;
        try (MemoryMap m = mmap.mmap(-1, gib + 4096, MmapOptions.DEFAULT.withFlags(mmap.MAP_PRIVATE()))) {
            byte[] needle = bytes("across-the-boundary");
            long at = gib - 7;
            m.set(at, at + needle.length, needle);
            assertArrayEquals(needle, m.get(at, at + needle.length));
            assertEquals(at, m.find(needle, 0));
            assertEquals(at, m.rfind(needle, 0));
            assertEquals('-', m.get(gib - 1));
            m.move(gib + 100, at, needle.length);
            assertEquals(gib + 100, m.find(needle, at + 1));
            m.seek(at);
            assertArrayEquals(needle, m.read(needle.length));
        }
    }
}
