package org.osprey.kit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.BlockingIoOsException;
import org.osprey.os.FdChannel;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Pipe;
import org.osprey.os.Pty;
import org.osprey.os.StatResult;
import org.osprey.os.TerminalSize;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** The file-descriptor functions on real descriptors: files, pipes, ptys, and python3 as the witness. */
public abstract class FdKit extends ProviderKit {
    protected FdKit(OsProvider provider) {
        super(provider);
    }

    private final List<Integer> opened = Collections.synchronizedList(new ArrayList<>());
    @TempDir
    Path tmp;

    protected String p(String name) {
        return tmp.resolve(name).toString();
    }

    protected int track(int fd) {
        opened.add(fd);
        return fd;
    }

    protected Pipe track(Pipe pipe) {
        track(pipe.read());
        track(pipe.write());
        return pipe;
    }

    @AfterEach
    void closeWhatIsLeft() {
        for (int fd : opened) {
            try {
                os.close(fd);
            } catch (OsException alreadyClosed) {
                assertEquals(9, alreadyClosed.errno());
            }
        }
    }

    protected int create(String name) throws OsException {
        return track(os.open(p(name), os.O_RDWR() | os.O_CREAT() | os.O_TRUNC(), 0600));
    }

    /** The flags Linux shows for a descriptor of this process, as python3 reads them. */
    private static int procFlags(int fd) {
        return Integer.parseInt(Python.run("import os, sys\n"
                + "for line in open(f'/proc/{sys.argv[1]}/fdinfo/{sys.argv[2]}'):\n"
                + "    if line.startswith('flags:'): print(int(line.split()[1], 8))",
                String.valueOf(ProcessHandle.current().pid()), String.valueOf(fd)).trim());
    }

    private static void assumeProcFs() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "needs Linux's /proc/<pid>/fdinfo");
    }

    @Test
    void constantsAreExactlyPythonsOnThisPlatform() {
        Map<String, Integer> python = new TreeMap<>();
        for (String line : Python.lines("import os\n"
                + "for n in dir(os):\n"
                + "    if (n.startswith(('O_', 'SEEK_', 'POSIX_FADV_'))\n"
                + "            or n in ('F_LOCK', 'F_TLOCK', 'F_ULOCK', 'F_TEST')):\n"
                + "        print(n, getattr(os, n))")) {
            String[] f = line.split(" ");
            python.put(f[0], Integer.parseInt(f[1]));
        }
        assertEquals(python, os.fdConstants().asMap());
        assertThrows(UnsupportedOperationException.class, () -> os.fdConstants().get("O_NO_SUCH_FLAG"));
    }

    @Test
    void everyConstantAccessorReadsThePlatformOrThrows() throws Exception {
        Map<String, Integer> table = os.fdConstants().asMap();
        int accessors = 0;
        for (Method m : Os.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getName().matches("(O|SEEK|F|POSIX_FADV)_[A-Z_]+")) {
                accessors++;
                if (table.containsKey(m.getName())) {
                    assertEquals(table.get(m.getName()), m.invoke(os), m.getName());
                } else {
                    InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> m.invoke(os));
                    assertTrue(e.getCause() instanceof UnsupportedOperationException, m.getName());
                    assertTrue(e.getCause().getMessage().contains(m.getName()), e.getCause().getMessage());
                }
            }
        }
        assertTrue(accessors >= table.size(), "an accessor for every constant: " + accessors);
    }

    @Test
    void pipeRoundTripEndsWithEmptyRead() throws Exception {
        Pipe pipe = track(os.pipe());
        assertFalse(os.getInheritable(pipe.read()));
        assertFalse(os.getInheritable(pipe.write()));
        assertEquals(5, os.write(pipe.write(), "hello".getBytes(UTF_8)));
        assertEquals(3, os.write(pipe.write(), "xabcx".getBytes(UTF_8), 1, 3));
        assertArrayEquals("hel".getBytes(UTF_8), os.read(pipe.read(), 3));
        byte[] into = new byte[10];
        assertEquals(5, os.read(pipe.read(), into, 2, 8));
        assertEquals("loabc", new String(into, 2, 5, UTF_8));
        os.close(pipe.write());
        assertArrayEquals(new byte[0], os.read(pipe.read(), 100), "b'' at end of file");
        assertEquals(0, os.read(pipe.read(), ByteBuffer.allocateDirect(8)));
    }

    @Test
    void filesWrittenAndReadThroughDescriptorsAsPythonSeesThem() throws Exception {
        int fd = create("f");
        ByteBuffer direct = ByteBuffer.allocateDirect(64);
        direct.put("direct,".getBytes(UTF_8)).flip();
        assertEquals(7, os.write(fd, direct));
        assertEquals(7, direct.position());
        assertEquals(9, os.write(fd, ByteBuffer.wrap("read-only".getBytes(UTF_8)).asReadOnlyBuffer()));
        assertEquals("direct,read-only", Python.run("import sys; print(open(sys.argv[1]).read(), end='')", p("f")));
        assertEquals(3, os.lseek(fd, 3, os.SEEK_SET()));
        ByteBuffer heap = ByteBuffer.allocate(4);
        assertEquals(4, os.read(fd, heap));
        assertEquals("ect,", new String(heap.array(), UTF_8));
        assertEquals(16, os.lseek(fd, 0, os.SEEK_END()));
        assertEquals(6, os.lseek(fd, -10, os.SEEK_CUR()));
        assertEquals(16, os.fstat(fd).size());
    }

    @Test
    void largeReadsAndWritesGoThroughWhole() throws Exception {
        int fd = create("big");
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        assertEquals(data.length, os.write(fd, data));
        os.lseek(fd, 0, os.SEEK_SET());
        assertArrayEquals(data, os.read(fd, data.length + 100));
    }

    @Test
    void preadAndPwriteLeaveThePositionAlone() throws Exception {
        int fd = create("f");
        os.write(fd, "0123456789".getBytes(UTF_8));
        os.lseek(fd, 2, os.SEEK_SET());
        assertArrayEquals("567".getBytes(UTF_8), os.pread(fd, 3, 5));
        assertEquals(2, os.pwrite(fd, "AB".getBytes(UTF_8), 8));
        ByteBuffer direct = ByteBuffer.allocateDirect(4);
        assertEquals(4, os.pread(fd, direct, 6));
        direct.flip();
        byte[] got = new byte[4];
        direct.get(got);
        assertEquals("67AB", new String(got, UTF_8));
        byte[] part = new byte[6];
        assertEquals(3, os.pread(fd, part, 1, 3, 0));
        assertEquals("012", new String(part, 1, 3, UTF_8));
        assertArrayEquals(new byte[0], os.pread(fd, 5, 100), "past the end");
        assertEquals(2, os.lseek(fd, 0, os.SEEK_CUR()));
        assertEquals("01234567AB", Files.readString(tmp.resolve("f")));
    }

    @Test
    void writevGathersAndReadvScatters() throws Exception {
        int fd = create("v");
        ByteBuffer direct = ByteBuffer.allocateDirect(3).put("abc".getBytes(UTF_8)).flip();
        long written = os.writev(fd, direct, ByteBuffer.wrap("".getBytes(UTF_8)),
                ByteBuffer.wrap("defgh".getBytes(UTF_8)).asReadOnlyBuffer(), ByteBuffer.wrap("ij".getBytes(UTF_8)));
        assertEquals(10, written);
        assertEquals(3, direct.position());
        assertEquals(12, os.writev(fd, "kl".getBytes(UTF_8), "mnopqrstuv".getBytes(UTF_8)));
        assertEquals("abcdefghijklmnopqrstuv", Files.readString(tmp.resolve("v")));
        os.lseek(fd, 0, os.SEEK_SET());
        ByteBuffer a = ByteBuffer.allocate(4);
        ByteBuffer b = ByteBuffer.allocateDirect(5);
        ByteBuffer big = ByteBuffer.allocate(100);
        assertEquals(22, os.readv(fd, a, b, big));
        assertEquals("abcd", new String(a.array(), UTF_8));
        assertEquals(5, b.position());
        assertEquals(13, big.position());
        assertEquals("jklmnopqrstuv", new String(big.array(), 0, 13, UTF_8));
        os.lseek(fd, 20, os.SEEK_SET());
        byte[] x = new byte[1];
        byte[] y = new byte[5];
        assertEquals(2, os.readv(fd, x, y));
        assertEquals("uv", new String(x, UTF_8) + (char) y[0]);
    }

    @Test
    void seekDataAndHoleFindTheDataOfASparseFile() throws Exception {
        assumeTrue(os.fdConstants().has("SEEK_DATA"), "the platform has no SEEK_DATA");
        int fd = create("sparse");
        int mib = 1 << 20;
        os.pwrite(fd, "data".getBytes(UTF_8), 4L * mib);
        os.ftruncate(fd, 8L * mib);
        long data = os.lseek(fd, 0, os.SEEK_DATA());
        assumeTrue(data != 0, "this file system reports no holes (SEEK_DATA at 0)");
        List<String> python = Python.lines("import os, sys\n"
                + "fd = os.open(sys.argv[1], os.O_RDONLY)\n"
                + "data = os.lseek(fd, 0, os.SEEK_DATA); print(data); print(os.lseek(fd, data, os.SEEK_HOLE))",
                p("sparse"));
        assertEquals(python.get(0), String.valueOf(data));
        assertEquals(python.get(1), String.valueOf(os.lseek(fd, data, os.SEEK_HOLE())));
        assertTrue(data <= 4L * mib);
        OsException past = assertThrows(OsException.class, () -> os.lseek(fd, 8L * mib + 1, os.SEEK_DATA()));
        assertEquals("ENXIO", Errnos.name(past.errno()));
    }

    @Test
    void dupAndDup2SetTheInheritableFlag() throws Exception {
        int fd = create("f");
        int copy = track(os.dup(fd));
        assertFalse(os.getInheritable(copy));
        int target = track(os.dup(fd));
        assertEquals(target, os.dup2(fd, target));
        assertTrue(os.getInheritable(target));
        assertEquals(target, os.dup2(fd, target, false));
        assertFalse(os.getInheritable(target));
        os.setInheritable(target, true);
        assertTrue(os.getInheritable(target));
        if (Files.isDirectory(Path.of("/proc/self/fdinfo"))) {
            assertEquals(0, procFlags(target) & os.O_CLOEXEC(), "seen from outside");
            os.setInheritable(target, false);
            assertEquals(os.O_CLOEXEC(), procFlags(target) & os.O_CLOEXEC());
            assertEquals(os.O_CLOEXEC(), procFlags(fd) & os.O_CLOEXEC(), "open's descriptors are close-on-exec");
        }
        os.write(target, "shared".getBytes(UTF_8));
        assertEquals(6, os.lseek(fd, 0, os.SEEK_CUR()), "duplicates share the position");
    }

    @Test
    void openFailsLikePython() throws Exception {
        Files.writeString(tmp.resolve("exists"), "");
        FileExistsOsException e = assertThrows(FileExistsOsException.class,
                () -> track(os.open(p("exists"), os.O_WRONLY() | os.O_CREAT() | os.O_EXCL())));
        assertEquals(p("exists"), e.filename());
        os.symlink("exists", p("link"));
        OsException loop = assertThrows(OsException.class,
                () -> track(os.open(p("link"), os.O_RDONLY() | os.O_NOFOLLOW())));
        assertEquals("ELOOP", Errnos.name(loop.errno()));
        assertEquals(Python.run("import os, sys\n"
                + "try: os.open(sys.argv[1], os.O_RDONLY | os.O_NOFOLLOW)\n"
                + "except OSError as e: print(e, end='')", p("link")), loop.getMessage());
        supported().dirFd("open");
        int dir = track(os.open(tmp.toString(), os.O_RDONLY() | os.O_DIRECTORY()));
        int viaDirFd = track(os.open("exists", os.O_RDONLY(), 0, At.dirFd(dir)));
        assertEquals(os.stat(p("exists")).ino(), os.fstat(viaDirFd).ino());
        assertThrows(IllegalArgumentException.class, () -> os.open("a\0b", os.O_RDONLY()));
    }

    @Test
    void openCreatesWithTheModeLessTheUmask() throws Exception {
        int old = os.umask(022);
        try {
            track(os.open(p("m"), os.O_WRONLY() | os.O_CREAT(), 0666));
            assertEquals(0644, os.stat(p("m")).mode() & 07777);
            track(os.open(p("default"), os.O_WRONLY() | os.O_CREAT()));
            assertEquals(0755, os.stat(p("default")).mode() & 07777, "Python's default mode is 0o777");
            if (os.fdConstants().has("O_TMPFILE")) {
                int anonymous;
                try {
                    anonymous = track(os.open(tmp.toString(), os.O_TMPFILE() | os.O_RDWR(), 0600));
                } catch (OsException e) {
                    assumeTrue(false, "this file system has no O_TMPFILE: " + e.getMessage());
                    return;
                }
                assertEquals(0600, os.fstat(anonymous).mode() & 07777, "O_TMPFILE reads the mode too");
                assertEquals(0, os.fstat(anonymous).nlink());
            }
        } finally {
            os.umask(old);
        }
    }

    @Test
    void aBadDescriptorIsEbadf() throws Exception {
        int bad = 987_654;
        List<Executable> calls = List.of(() -> os.read(bad, 1), () -> os.write(bad, new byte[1]),
                () -> os.close(bad), () -> os.lseek(bad, 0, os.SEEK_SET()), () -> os.dup(bad),
                () -> os.dup2(bad, 999_999), () -> os.fsync(bad), () -> os.ftruncate(bad, 0),
                () -> os.pread(bad, 1, 0), () -> os.pwrite(bad, new byte[1], 0), () -> os.readv(bad, new byte[1]),
                () -> os.writev(bad, new byte[1]), () -> os.getBlocking(bad), () -> os.setInheritable(bad, true),
                () -> os.lockf(bad, os.F_TEST(), 0), () -> os.getTerminalSize(bad), () -> os.ttyname(bad));
        for (Executable call : calls) {
            OsException e = assertThrows(OsException.class, call);
            assertEquals(9, e.errno());
            assertEquals("[Errno 9] Bad file descriptor", e.getMessage());
        }
        assertFalse(os.isatty(bad));
    }

    @Test
    void ptysAreTerminalsAndPipesAreNot() throws Exception {
        Pipe pipe = track(os.pipe());
        assertFalse(os.isatty(pipe.read()));
        assertTrue(os.deviceEncoding(pipe.read()).isEmpty());
        Pty pty = os.openpty();
        track(pty.master());
        track(pty.slave());
        assertTrue(os.isatty(pty.slave()));
        assertTrue(os.isatty(pty.master()));
        assertFalse(os.getInheritable(pty.slave()));
        assertTrue(os.deviceEncoding(pty.slave()).isPresent());
        String name = os.ttyname(pty.slave());
        assertTrue(name.startsWith("/dev/"), name);
        assertEquals(os.fstat(pty.slave()).rdev(), os.stat(name).rdev());
        assertEquals("True", Python.run(
                "import os, sys; print(os.isatty(os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)), end='')", name));
        os.write(pty.master(), "ping\n".getBytes(UTF_8));
        assertEquals("ping\n", new String(os.read(pty.slave(), 100), UTF_8));
    }

    @Test
    void deviceEncodingOfATerminalIsPythons() throws Exception {
        Pty pty = os.openpty();
        track(pty.master());
        track(pty.slave());
        String python = Python.run("import os; m, s = os.openpty(); print(os.device_encoding(s), end='')");
        assertEquals(python, os.deviceEncoding(pty.slave()).orElseThrow());
    }

    @Test
    void terminalSizeIsTheWindowSizePythonSet() throws Exception {
        Pty pty = os.openpty();
        track(pty.master());
        track(pty.slave());
        String python = Python.run("import fcntl, os, struct, sys, termios\n"
                + "fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)\n"
                + "fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 33, 101, 0, 0))\n"
                + "s = os.get_terminal_size(fd); print(s.columns, s.lines, end='')", os.ttyname(pty.slave()));
        assertEquals("101 33", python);
        assertEquals(new TerminalSize(101, 33), os.getTerminalSize(pty.slave()));
        assertEquals(new TerminalSize(101, 33), os.getTerminalSize(pty.master()));
        Pipe pipe = track(os.pipe());
        OsException notATty = assertThrows(OsException.class, () -> os.getTerminalSize(pipe.write()));
        assertEquals("ENOTTY", Errnos.name(notATty.errno()));
    }

    @Test
    void sendfileCopiesBetweenFiles() throws Exception {
        Files.writeString(tmp.resolve("in"), "0123456789");
        int in = track(os.open(p("in"), os.O_RDONLY()));
        int out = create("out");
        assertEquals(5, os.sendfile(out, in, 3, 5));
        assertEquals(0, os.lseek(in, 0, os.SEEK_CUR()), "an explicit offset leaves in's position alone");
        assertEquals(3, os.sendfile(out, in, 3));
        assertEquals(3, os.lseek(in, 0, os.SEEK_CUR()), "offset None reads from and moves the position");
        assertEquals(0, os.sendfile(out, in, 10, 5), "0 at end of file");
        assertEquals("34567012", Files.readString(tmp.resolve("out")));
    }

    @Test
    void copyFileRangeCopiesWithAndWithoutOffsets() throws Exception {
        assumeTrue("Linux".equals(System.getProperty("os.name")), "copy_file_range is Linux only");
        Files.writeString(tmp.resolve("in"), "0123456789");
        int in = track(os.open(p("in"), os.O_RDONLY()));
        int out = create("out");
        assertEquals(4, os.copyFileRange(in, out, 4));
        assertEquals(4, os.lseek(in, 0, os.SEEK_CUR()), "offset None moves src's position");
        assertEquals(4, os.lseek(out, 0, os.SEEK_CUR()), "offset None moves dst's position");
        assertEquals(3, os.copyFileRange(in, out, 3, 7, 1));
        assertEquals(4, os.lseek(in, 0, os.SEEK_CUR()), "explicit offsets leave the positions alone");
        assertEquals(4, os.lseek(out, 0, os.SEEK_CUR()));
        assertEquals(0, os.copyFileRange(in, out, 5, 10, OsProvider.NO_OFFSET), "0 at end of file");
        assertEquals("0789", Files.readString(tmp.resolve("out")));
        String python = Python.run("import os, sys\n"
                + "i = os.open(sys.argv[1], os.O_RDONLY); o = os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT, 0o600)\n"
                + "print(os.copy_file_range(i, o, 4), os.copy_file_range(i, o, 3, 7, 1), end='')",
                p("in"), p("py"));
        assertEquals("4 3", python);
        assertEquals(Files.readString(tmp.resolve("py")), Files.readString(tmp.resolve("out")));
        OsException badFd = assertThrows(OsException.class, () -> os.copyFileRange(in, in + 1000, 1));
        assertEquals("EBADF", Errnos.name(badFd.errno()));
    }

    @Test
    void lockfExcludesAnotherProcess() throws Exception {
        Files.writeString(tmp.resolve("lock"), "content");
        int fd = track(os.open(p("lock"), os.O_RDWR()));
        String probe = "import os, sys\n"
                + "fd = os.open(sys.argv[1], os.O_RDWR)\n"
                + "try: os.lockf(fd, os.F_TLOCK, 0); print('locked', end='')\n"
                + "except OSError as e: print(e.errno, end='')";
        os.lockf(fd, os.F_LOCK(), 0);
        String refused = Python.run(probe, p("lock"));
        assertTrue(refused.matches("\\d+"), "python was refused the lock: " + refused);
        assertTrue(List.of("EAGAIN", "EACCES").contains(Errnos.name(Integer.parseInt(refused))), refused);
        os.lockf(fd, os.F_ULOCK(), 0);
        assertEquals("locked", Python.run(probe, p("lock")));

        Process holder = new ProcessBuilder("python3", "-c", "import os, sys\n"
                + "fd = os.open(sys.argv[1], os.O_RDWR); os.lockf(fd, os.F_LOCK, 0)\n"
                + "print('held', flush=True); sys.stdin.read()", p("lock")).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), UTF_8))) {
            assertEquals("held", r.readLine());
            OsException test = assertThrows(OsException.class, () -> os.lockf(fd, os.F_TEST(), 0));
            assertTrue(List.of("EAGAIN", "EACCES").contains(Errnos.name(test.errno())), test.toString());
            OsException tlock = assertThrows(OsException.class, () -> os.lockf(fd, os.F_TLOCK(), 0));
            assertEquals(Integer.parseInt(refused), tlock.errno(), "the errno python got for F_TLOCK");
            holder.getOutputStream().close();
            assertEquals(0, holder.waitFor());
        }
        os.lockf(fd, os.F_TEST(), 0);
    }

    @Test
    void blockingFlagAndANonBlockingEmptyPipe() throws Exception {
        Pipe pipe = track(os.pipe());
        assertTrue(os.getBlocking(pipe.read()));
        os.setBlocking(pipe.read(), false);
        assertFalse(os.getBlocking(pipe.read()));
        assertThrows(BlockingIoOsException.class, () -> os.read(pipe.read(), 10));
        os.setBlocking(pipe.read(), true);
        assertTrue(os.getBlocking(pipe.read()));
        if (os.fdConstants().has("O_NONBLOCK")) {
            try {
                Pipe p2 = track(os.pipe2(os.O_NONBLOCK()));
                assertFalse(os.getBlocking(p2.read()));
                assertTrue(os.getInheritable(p2.read()), "pipe2 sets exactly the flags given");
            } catch (UnsupportedOperationException macos) {
                assertTrue(macos.getMessage().contains("pipe2"));
            }
        }
    }

    @Test
    void truncateSyncAndAllocate() throws Exception {
        Files.writeString(tmp.resolve("t"), "0123456789");
        os.truncate(p("t"), 4);
        assertEquals("0123", Files.readString(tmp.resolve("t")));
        OsException missing = assertThrows(OsException.class, () -> os.truncate(p("missing"), 0));
        assertEquals(p("missing"), missing.filename());
        int fd = track(os.open(p("t"), os.O_RDWR()));
        os.truncate(fd, 2);
        os.fsync(fd);
        os.fdatasync(fd);
        assertEquals(2, os.fstat(fd).size());
        if (os.fdConstants().has("POSIX_FADV_NORMAL")) {
            os.posixFallocate(fd, 0, 1000);
            assertEquals(1000, os.fstat(fd).size());
            os.posixFadvise(fd, 0, 0, os.fdConstants().get("POSIX_FADV_SEQUENTIAL"));
            OsException bad = assertThrows(OsException.class, () -> os.posixFadvise(fd, 0, 0, 12345));
            assertEquals("EINVAL", Errnos.name(bad.errno()));
        }
    }

    @Test
    void closerangeClosesTheRange() throws Exception {
        int fd = create("f");
        int base = 1500;
        for (int i = 0; i < 5; i++) {
            final int n = base + i;
            assertThrows(OsException.class, () -> os.fstat(n), "a free number");
            os.dup2(fd, n, false);
        }
        os.closerange(base + 1, base + 4);
        os.fstat(base);
        os.fstat(base + 4);
        for (int i = 1; i < 4; i++) {
            final int n = base + i;
            assertEquals(9, assertThrows(OsException.class, () -> os.fstat(n)).errno());
        }
        os.close(base);
        os.close(base + 4);
    }

    @Test
    void fdopenSharesThePositionAndClosesOnce() throws Exception {
        int fd = create("f");
        StatResult file = os.fstat(fd);
        os.write(fd, "hello world".getBytes(UTF_8));
        os.lseek(fd, 0, os.SEEK_SET());
        FdChannel ch = os.fdopen(fd);
        InputStream in = ch.inputStream();
        assertArrayEquals("hello".getBytes(UTF_8), in.readNBytes(5));
        assertEquals(5, os.lseek(fd, 0, os.SEEK_CUR()));
        os.lseek(fd, 6, os.SEEK_SET());
        assertEquals(6, ch.position());
        assertEquals("world", new String(in.readAllBytes(), UTF_8));
        OutputStream out = ch.outputStream();
        out.write("!".getBytes(UTF_8));
        assertEquals(12, os.lseek(fd, 0, os.SEEK_CUR()));
        assertEquals(12, ch.size());
        ch.position(0);
        assertEquals(-1, ch.position(12).read(ByteBuffer.allocate(1)));
        in.close();
        assertFalse(ch.isOpen());
        try { // closed: the number is free, or already another file's (a JVM thread may open one at any moment)
            StatResult now = os.fstat(fd);
            assertFalse(now.dev() == file.dev() && now.ino() == file.ino(), "still open on the file after close");
        } catch (OsException e) {
            assertEquals(9, e.errno(), "closed");
        }
        int reused = track(os.open(p("f"), os.O_RDONLY()));
        ch.close(); // a second close must not close whatever now has the number
        out.close();
        os.fstat(reused);

        int kept = track(os.open(p("f"), os.O_RDONLY()));
        try (FdChannel borrowed = os.fdopen(kept, false)) {
            assertEquals("hello", new String(borrowed.inputStream().readNBytes(5), UTF_8));
        }
        assertEquals(5, os.lseek(kept, 0, os.SEEK_CUR()), "closefd=False leaves it open");
    }
}
