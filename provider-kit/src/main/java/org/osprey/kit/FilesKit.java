package org.osprey.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Stat;
import org.osprey.os.StatvfsResult;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** Ownership, special files, limits, file systems, times and extended attributes, checked against python3. */
public abstract class FilesKit extends ProviderKit {
    protected FilesKit(OsProvider provider) {
        super(provider);
    }

    @TempDir
    Path tmp;

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    private String touch(String name) throws Exception {
        Files.writeString(tmp.resolve(name), "x");
        return p(name);
    }

    private static boolean isLinux() {
        return System.getProperty("os.name").equals("Linux");
    }

    private static boolean isRoot() {
        return "0".equals(Python.run("import os; print(os.geteuid())").strip());
    }

    private static String pyStat(String field, String path) {
        return Python.run("import os, sys; print(os.lstat(sys.argv[1])." + field + ")", path).strip();
    }

    // ---- statvfs, pathconf ----

    @Test
    void statvfsMatchesPythonOnTheSameMount() throws Exception {
        String dir = tmp.toString();
        List<String> py = Python.lines("import os, sys\n"
                + "for s in (os.statvfs(sys.argv[1]), os.statvfs(os.open(sys.argv[1], os.O_RDONLY))):\n"
                + "    print(s.f_bsize, s.f_frsize, s.f_blocks, s.f_files, s.f_flag, s.f_namemax, s.f_fsid)", dir);
        int fd = os.open(dir, os.O_RDONLY());
        try {
            for (StatvfsResult s : supported().call("statvfs", () -> List.of(os.statvfs(dir), os.fstatvfs(fd),
                    os.statvfs(fd)))) {
                assertEquals(py.get(0), s.fBsize() + " " + s.fFrsize() + " " + s.fBlocks() + " " + s.fFiles() + " "
                        + s.fFlag() + " " + s.fNamemax() + " " + Long.toUnsignedString(s.fFsid()));
                assertTrue(s.fBfree() >= s.fBavail() && s.fBlocks() >= s.fBfree(), s.toString());
                assertTrue(s.fFfree() <= s.fFiles(), s.toString());
            }
        } finally {
            os.close(fd);
        }
        assertEquals(py.get(0), py.get(1));
        OsException e = assertThrows(FileNotFoundOsException.class, () -> os.statvfs(p("missing")));
        assertEquals(p("missing"), e.filename());
        assertThrows(OsException.class, () -> os.fstatvfs(-1));
    }

    @Test
    void pathconfGivesPythonsValueForEveryName() throws Exception {
        String file = touch("f");
        Set<String> pyNames = new TreeSet<>(Python.lines(
                "import os\nfor n in os.pathconf_names: print(n)"));
        assertEquals(pyNames, new TreeSet<>(supported().call("pathconf", os::pathconfNames).keySet()));
        for (String target : List.of(tmp.toString(), file)) {
            List<String> py = Python.lines("import os, sys\n"
                    + "fd = os.open(sys.argv[1], os.O_RDONLY)\n"
                    + "for n, v in sorted(os.pathconf_names.items()):\n"
                    + "    def q(f, a):\n"
                    + "        try: return str(f(a, n))\n"
                    + "        except OSError as e: return 'errno %d' % e.errno\n"
                    + "    print(n, v, q(os.pathconf, sys.argv[1]), q(os.fpathconf, fd))", target);
            int fd = os.open(target, os.O_RDONLY());
            try {
                List<String> java = new ArrayList<>();
                for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(os.pathconfNames()).entrySet()) {
                    java.add(e.getKey() + " " + e.getValue() + " " + pathconf(() -> os.pathconf(target, e.getKey()))
                            + " " + pathconf(() -> os.fpathconf(fd, e.getKey())));
                }
                assertEquals(py, java);
            } finally {
                os.close(fd);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> os.pathconf(file, "PC_NOT_A_NAME"));
        assertEquals(22, assertThrows(OsException.class, () -> os.pathconf(file, 9999)).errno()); // EINVAL
        assertEquals(os.pathconf(file, "PC_NAME_MAX"), os.pathconf(file, os.pathconfNames().get("PC_NAME_MAX")));
        assertThrows(FileNotFoundOsException.class, () -> os.pathconf(p("missing"), "PC_NAME_MAX"));
    }

    private interface LongCall {
        long call() throws OsException;
    }

    private static String pathconf(LongCall call) {
        try {
            return Long.toString(call.call());
        } catch (OsException e) {
            return "errno " + e.errno();
        }
    }

    // ---- device numbers ----

    @Test
    void nodevDecodesToNodevAsInPython313() {
        assertEquals(-1, os.makedev(-1, -1));
        assertEquals(Python.require313().run("import os; print(os.major(-1), os.minor(-1))").strip(),
                os.major(-1) + " " + os.minor(-1));
    }

    @Test
    void deviceNumbersRoundTripAsPythonComputesThem() {
        Random random = new Random(42);
        List<long[]> pairs = new ArrayList<>();
        for (long[] fixed : new long[][] {{0, 0}, {1, 3}, {8, 1}, {259, 65536}, {4095, 255}, {4096, 256},
                {0x7fffffffL, 0x7fffffffL}, {-1, 0}, {0, -1}}) {
            pairs.add(fixed);
        }
        for (int i = 0; i < 200; i++) {
            pairs.add(new long[] {random.nextInt(), random.nextInt()});
        }
        StringBuilder args = new StringBuilder();
        for (long[] pair : pairs) {
            args.append(pair[0]).append(' ').append(pair[1]).append('\n');
        }
        List<String> py = Python.lines("import os, sys\n"
                + "for line in sys.argv[1].splitlines():\n"
                + "    ma, mi = map(int, line.split())\n"
                + "    d = os.makedev(ma, mi)\n"
                + "    print(d, os.major(d % 2**64), os.minor(d % 2**64))", args.toString());
        for (int i = 0; i < pairs.size(); i++) {
            long dev = os.makedev((int) pairs.get(i)[0], (int) pairs.get(i)[1]);
            assertEquals(py.get(i), dev + " " + os.major(dev) + " " + os.minor(dev), "pair " + i);
        }
        // and the other way round, from device numbers as the kernel reports them
        String st = Python.run("import os; s = os.stat('/dev/null'); print(s.st_rdev, os.major(s.st_rdev), "
                + "os.minor(s.st_rdev))").strip();
        long rdev = Long.parseLong(st.split(" ")[0]);
        assertEquals(st, rdev + " " + os.major(rdev) + " " + os.minor(rdev));
    }

    // ---- special files ----

    @Test
    void mkfifoAndMknodMakeWhatStatSays() throws Exception {
        int old = os.umask(0);
        try {
            supported().run("mkfifo", () -> os.mkfifo(p("fifo")));
            assertEquals("0o10666", Python.run("import os, sys; print(oct(os.lstat(sys.argv[1]).st_mode))",
                    p("fifo")).strip());
            os.mkfifo(p("fifo2"), 0600, At.DEFAULT);
            assertTrue(Stat.S_ISFIFO(os.lstat(p("fifo2")).mode()));
            assertEquals(0600, os.lstat(p("fifo2")).mode() & 07777);
            assertThrows(FileExistsOsException.class, () -> os.mkfifo(p("fifo")));
            supported().dirFd("mkfifo", "mknod");
            int dir = os.open(tmp.toString(), os.O_RDONLY());
            try {
                os.mkfifo("fifo-at", 0640, At.dirFd(dir));
                assertEquals(0640 | Stat.S_IFIFO, os.lstat(p("fifo-at")).mode());
                os.mknod("node-at", Stat.S_IFIFO | 0600, 0, At.dirFd(dir));
                assertTrue(Stat.S_ISFIFO(os.lstat(p("node-at")).mode()));
            } finally {
                os.close(dir);
            }
            os.mknod(p("regular"), Stat.S_IFREG | 0644, 0);
            assertEquals("0o100644 0", Python.run("import os, sys; s = os.lstat(sys.argv[1]); "
                    + "print(oct(s.st_mode), s.st_size)", p("regular")).strip());
            assertThrows(FileNotFoundOsException.class, () -> os.mknod(p("no/such"), Stat.S_IFIFO | 0600, 0));
            if (isRoot()) {
                long dev = os.makedev(1, 3); // /dev/null's numbers
                try {
                    os.mknod(p("null"), Stat.S_IFCHR | 0666, dev);
                } catch (OsException e) {
                    // a container without CAP_MKNOD: nothing more to check here
                    assumeTrue(false, "mknod of a character device refused here: " + e.getMessage());
                }
                assertEquals("0o20666 1 3", Python.run("import os, sys; s = os.lstat(sys.argv[1]); "
                        + "print(oct(s.st_mode), os.major(s.st_rdev), os.minor(s.st_rdev))", p("null")).strip());
            }
        } finally {
            os.umask(old);
        }
    }

    // ---- ownership ----

    @Test
    void chownAsRootToAnotherOwnerAndBack() throws Exception {
        assumeTrue(isRoot(), "only root may give a file away");
        String file = touch("f");
        supported().run("chown", () -> os.chown(file, 65534, 65533));
        assertEquals("65534 65533", Python.run("import os, sys; s = os.stat(sys.argv[1]); print(s.st_uid, s.st_gid)",
                file).strip());
        os.chown(file, -1, 0); // uid unchanged
        assertEquals("65534 0", Python.run("import os, sys; s = os.stat(sys.argv[1]); print(s.st_uid, s.st_gid)",
                file).strip());
        int fd = os.open(file, os.O_RDONLY());
        try {
            os.fchown(fd, 0, 65533);
            assertEquals("0 65533", Python.run("import os, sys; s = os.stat(sys.argv[1]); "
                    + "print(s.st_uid, s.st_gid)", file).strip());
            os.chown(fd, -1, -1);
            assertEquals(65533, os.fstat(fd).gid());
        } finally {
            os.close(fd);
        }
        supported().dirFd("chown");
        int dir = os.open(tmp.toString(), os.O_RDONLY());
        try {
            os.chown("f", 0, 0, At.dirFd(dir));
        } finally {
            os.close(dir);
        }
        assertEquals(0, os.stat(file).gid());
        assertThrows(FileNotFoundOsException.class, () -> os.chown(p("missing"), 0, 0));
        assertThrows(ArithmeticException.class, () -> os.chown(file, -2, 0));
        assertThrows(ArithmeticException.class, () -> os.chown(file, 0, 1L << 32));
    }

    @Test
    void lchownChangesTheLinkNotItsTarget() throws Exception {
        assumeTrue(isRoot(), "only root may give a file away");
        String file = touch("target");
        os.symlink("target", p("link"));
        supported().run("lchown", () -> os.lchown(p("link"), 65534, 65534));
        assertEquals("65534 65534", pyStat("st_uid", p("link")) + " " + pyStat("st_gid", p("link")));
        assertEquals("0 0", pyStat("st_uid", file) + " " + pyStat("st_gid", file));
        supported().followSymlinks("chown");
        os.chown(p("link"), 65533, -1, At.NOFOLLOW);
        assertEquals("65533", pyStat("st_uid", p("link")));
        os.chown(p("link"), 65532, -1); // follows
        assertEquals("65532", pyStat("st_uid", file));
        assertEquals("65533", pyStat("st_uid", p("link")));
        os.symlink("nowhere", p("dangling"));
        os.lchown(p("dangling"), 1, 1);
        assertEquals(1, os.lstat(p("dangling")).uid());
    }

    @Test
    void lchmodAndChflagsSayWhyLinuxLacksThem() throws Exception {
        String file = touch("f");
        if (isLinux()) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> os.lchmod(file, 0600));
            assertTrue(e.getMessage().contains("lchmod"), e.getMessage());
            assertTrue(assertThrows(UnsupportedOperationException.class, () -> os.chflags(file, 0)).getMessage()
                    .contains("BSD file flags"));
            assertThrows(UnsupportedOperationException.class, () -> os.lchflags(file, 0));
            assertEquals("False False", Python.run("import os; print(hasattr(os, 'lchmod'), hasattr(os, 'chflags'))")
                    .strip());
        } else {
            os.symlink("f", p("link"));
            os.lchmod(p("link"), 0700);
            assertEquals(0700, os.lstat(p("link")).mode() & 0777);
            os.chflags(file, 1); // UF_NODUMP
            assertEquals(1, os.stat(file).flags() & 1);
            os.chflags(file, 0);
        }
    }

    @Test
    void fchmodAndFchdir() throws Exception {
        String file = touch("f");
        int fd = os.open(file, os.O_RDONLY());
        try {
            os.fchmod(fd, 0604);
            assertEquals("0o100604", Python.run("import os, sys; print(oct(os.stat(sys.argv[1]).st_mode))", file)
                    .strip());
            assertThrows(OsException.class, () -> os.fchdir(fd)); // not a directory
        } finally {
            os.close(fd);
        }
        assertEquals(9, assertThrows(OsException.class, () -> os.fchmod(-1, 0600)).errno()); // EBADF
        String before = os.getcwd();
        int dir = os.open(tmp.toString(), os.O_RDONLY());
        try {
            os.fchdir(dir);
            assertEquals(tmp.toRealPath().toString(), os.getcwd());
        } finally {
            os.chdir(before);
            os.close(dir);
        }
    }

    @Test
    void chrootInAChildProcessOnly() throws Exception {
        assumeTrue(isRoot(), "chroot needs CAP_SYS_CHROOT");
        // never in the test JVM: a child JVM runs Os.chroot, then lists "/" and reports what it sees
        Files.createDirectory(tmp.resolve("jail"));
        Files.writeString(tmp.resolve("jail/inside"), "x");
        Process p = new ProcessBuilder(ChildJvm.command(provider, List.of(), ChrootChild.class, p("jail")))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("[inside]", out.strip());
        assertThrows(FileNotFoundOsException.class, () -> os.chroot(p("missing")));
    }

    // ---- times ----

    @Test
    void utimeWithNanosecondsIsWhatPythonReadsBack() throws Exception {
        String file = touch("f");
        os.utimeNs(file, 1_234_567_890_123_456_789L, 987_654_321_987_654_321L, At.DEFAULT);
        assertEquals("1234567890123456789 987654321987654321", Python.run(
                "import os, sys; s = os.stat(sys.argv[1]); print(s.st_atime_ns, s.st_mtime_ns)", file).strip());
        os.utimeNs(file, -1_500_000_001L, 5L, At.DEFAULT); // before the epoch
        assertEquals("-1500000001 5", Python.run(
                "import os, sys; s = os.stat(sys.argv[1]); print(s.st_atime_ns, s.st_mtime_ns)", file).strip());
        for (double[] t : new double[][] {{1.5, 2.25}, {1e9 + 0.123456789, -0.5}, {1700000000.987654321, 3}}) {
            os.utime(file, t[0], t[1], At.DEFAULT);
            String py = Python.run("import os, sys\nos.utime(sys.argv[1], (float(sys.argv[2]), float(sys.argv[3])))\n"
                    + "s = os.stat(sys.argv[1]); print(s.st_atime_ns, s.st_mtime_ns)", p("f"), Double.toString(t[0]),
                    Double.toString(t[1])).strip();
            // python3 set the same times again; Java's setting must read back as python's
            os.utime(file, t[0], t[1], At.DEFAULT);
            assertEquals(py, os.stat(file).atimeNs() + " " + os.stat(file).mtimeNs());
        }
        assertThrows(IllegalArgumentException.class, () -> os.utime(file, Double.NaN, 0, At.DEFAULT));
        long before = System.currentTimeMillis() / 1000 - 2;
        os.utime(file);
        assertTrue(os.stat(file).mtime() >= before);
        os.symlink("f", p("link"));
        supported().followSymlinks("utime");
        os.utimeNs(p("link"), 7_000_000_001L, 8_000_000_002L, At.NOFOLLOW);
        assertEquals("8000000002", pyStat("st_mtime_ns", p("link")));
        assertTrue(os.stat(file).mtimeNs() != 8_000_000_002L);
        supported().dirFd("utime");
        supported().fd("utime");
        int dir = os.open(tmp.toString(), os.O_RDONLY());
        int fd = os.open(file, os.O_RDONLY());
        try {
            os.utimeNs("f", 10L, 20L, At.dirFd(dir));
            assertEquals(20L, os.stat(file).mtimeNs());
            os.utimeNs(fd, 30L, 40L);
            assertEquals("30 40", Python.run("import os, sys; s = os.stat(sys.argv[1]); "
                    + "print(s.st_atime_ns, s.st_mtime_ns)", file).strip());
            os.utime(fd, 1.75, -2.5);
            assertEquals("1750000000 -2500000000", Python.run("import os, sys; s = os.stat(sys.argv[1]); "
                    + "print(s.st_atime_ns, s.st_mtime_ns)", file).strip());
            os.utimeNow(fd);
            assertTrue(os.stat(file).mtime() >= before);
            os.utimeNow("f", At.dirFd(dir));
        } finally {
            os.close(fd);
            os.close(dir);
        }
        assertThrows(FileNotFoundOsException.class, () -> os.utime(p("missing")));
    }

    @Test
    void floatSecondsRoundLikePythonsForManyValues() throws Exception {
        String file = touch("f");
        Random random = new Random(7);
        List<String> values = new ArrayList<>(List.of("0.0", "-0.0", "1e-9", "-1e-9", "0.9999999999", "-0.9999999999",
                "1.1", "-1.1", "4294967296.000000001", "9e9", "-9e9"));
        for (int i = 0; i < 200; i++) {
            values.add(Double.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(10))));
            // what a stat's float seconds hold (copystat-style round trips): every fraction bit in use
            long ns = (long) ((random.nextDouble() - 0.2) * 1e19);
            values.add(Double.toString(Math.floorDiv(ns, 1_000_000_000L) + Math.floorMod(ns, 1_000_000_000L) * 1e-9));
        }
        // CPython 3.13's _PyTime_ObjectToTimespec(..., _PyTime_ROUND_FLOOR)
        List<String> py = Python.require313().lines("import os, sys\nfor v in sys.argv[2:]:\n"
                + "    os.utime(sys.argv[1], (float(v), float(v)))\n    print(os.stat(sys.argv[1]).st_mtime_ns)",
                concat(file, values));
        for (int i = 0; i < values.size(); i++) {
            double v = Double.parseDouble(values.get(i));
            os.utime(file, v, v, At.DEFAULT);
            assertEquals(py.get(i), Long.toString(os.stat(file).mtimeNs()), values.get(i));
        }
        // times are carried as long nanoseconds: about 292 years either side of 1970
        assertThrows(IllegalArgumentException.class, () -> os.utime(file, 1e15, 0, At.DEFAULT));
    }

    private static String[] concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    @Test
    void syncReturns() {
        os.sync();
    }

    // ---- extended attributes ----

    /** The temporary directory's file system must take {@code user.} attributes; tmpfs before 6.6 did not. */
    private void assumeUserXattrs(String file) {
        String probe = Python.run("import os, sys\ntry:\n    os.setxattr(sys.argv[1], 'user.probe', b'1')\n"
                + "    os.removexattr(sys.argv[1], 'user.probe'); print('ok')\n"
                + "except OSError as e: print(e)", file).strip();
        assumeTrue(probe.equals("ok"), "no user xattrs on the file system of " + file + ": " + probe);
    }

    /** Values and name lists bigger than the thread's scratch buffer: the first call says ERANGE, then it grows. */
    @Test
    void xattrsLargerThanTheScratchBufferAreReadWhole() throws Exception {
        assumeTrue(isLinux(), "python3 has the xattr functions on Linux only");
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm), "a tmpfs at /dev/shm takes large user xattrs");
        Path file = Files.createTempFile(shm, "osprey-xattr", "");
        try {
            assumeUserXattrs(file.toString());
            Python.run("import os, sys\nos.setxattr(sys.argv[1], 'user.big', bytes(range(256)) * 40)\n"
                    + "for i in range(40): os.setxattr(sys.argv[1], 'user.' + ('n%03d' % i) * 50, b'1')", file.toString());
            byte[] big = supported().call("getxattr", () -> os.getxattr(file.toString(), "user.big"));
            assertEquals(10240, big.length);
            assertEquals((byte) 255, big[10239]);
            assertEquals(Python.run("import os, sys; print(sorted(os.listxattr(sys.argv[1])))", file.toString())
                    .strip(), "['" + String.join("', '", new java.util.TreeSet<>(os.listxattr(file.toString())))
                    + "']");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void xattrsWrittenByOspreyAreReadByPythonAndBack() throws Exception {
        assumeTrue(isLinux(), "python3 has the xattr functions on Linux only");
        String file = touch("f");
        assumeUserXattrs(file);
        byte[] value = new byte[300];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) i;
        }
        supported().run("setxattr", () -> os.setxattr(file, "user.osprey", value, 0));
        os.setxattr(file, "user.empty", new byte[0], 0);
        assertEquals(java.util.HexFormat.of().formatHex(value) + " 0 ['user.empty', 'user.osprey']",
                Python.run("import os, sys; print(os.getxattr(sys.argv[1], 'user.osprey').hex(), "
                        + "len(os.getxattr(sys.argv[1], 'user.empty')), sorted(os.listxattr(sys.argv[1])))", file)
                        .strip());
        Python.run("import os, sys; os.setxattr(sys.argv[1], 'user.py', 'caf\u00e9'.encode())", file);
        assertArrayEquals("caf\u00e9".getBytes(StandardCharsets.UTF_8), os.getxattr(file, "user.py"));
        assertEquals(Set.of("user.osprey", "user.empty", "user.py"), Set.copyOf(os.listxattr(file)));

        assertEquals(17, assertThrows(FileExistsOsException.class,
                () -> os.setxattr(file, "user.py", value, os.XATTR_CREATE())).errno());
        assertEquals(61, assertThrows(OsException.class,
                () -> os.setxattr(file, "user.new", value, os.XATTR_REPLACE())).errno()); // ENODATA
        os.setxattr(file, "user.py", new byte[] {1}, os.XATTR_REPLACE());
        assertEquals("b'\\x01'", Python.run("import os, sys; print(os.getxattr(sys.argv[1], 'user.py'))", file)
                .strip());
        os.removexattr(file, "user.py");
        assertEquals("['user.empty', 'user.osprey']", Python.run(
                "import os, sys; print(sorted(os.listxattr(sys.argv[1])))", file).strip());
        OsException missing = assertThrows(OsException.class, () -> os.getxattr(file, "user.py"));
        assertEquals(61, missing.errno());
        assertEquals(file, missing.filename());
        assertEquals(List.of(1, 2, 65536), List.of(os.XATTR_CREATE(), os.XATTR_REPLACE(), os.XATTR_SIZE_MAX()));
        assertEquals(Python.run("import os; print(os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)").strip(),
                os.XATTR_CREATE() + " " + os.XATTR_REPLACE() + " " + os.XATTR_SIZE_MAX());

        int fd = os.open(file, os.O_RDONLY());
        try {
            os.setxattr(fd, "user.fd", new byte[] {42}, 0);
            assertArrayEquals(new byte[] {42}, os.getxattr(fd, "user.fd"));
            assertTrue(os.listxattr(fd).contains("user.fd"));
            os.removexattr(fd, "user.fd");
            assertFalse(os.listxattr(fd).contains("user.fd"));
        } finally {
            os.close(fd);
        }
        byte[] big = new byte[3000]; // ext4 keeps all of a file's attributes in one block
        new Random(1).nextBytes(big);
        os.setxattr(file, "user.big", big, 0);
        assertArrayEquals(big, os.getxattr(file, "user.big"));
        assertEquals(Integer.toString(big.length), Python.run(
                "import os, sys; print(len(os.getxattr(sys.argv[1], 'user.big')))", file).strip());
    }

    @Test
    void xattrsOfASymlinkItself() throws Exception {
        assumeTrue(isLinux(), "python3 has the xattr functions on Linux only");
        String file = touch("f");
        assumeUserXattrs(file);
        os.symlink("f", p("link"));
        supported().run("setxattr", () -> os.setxattr(p("link"), "user.via-link", new byte[] {1}, 0)); // follows
        assertTrue(os.listxattr(file).contains("user.via-link"));
        assertFalse(os.listxattr(p("link"), false).contains("user.via-link"));
        // Linux allows user. attributes on regular files and directories only
        assertEquals(1, assertThrows(OsException.class,
                () -> os.setxattr(p("link"), "user.x", new byte[] {1}, 0, false)).errno()); // EPERM
        assertThrows(OsException.class, () -> os.getxattr(p("link"), "user.via-link", false));
        assertArrayEquals(new byte[] {1}, os.getxattr(p("link"), "user.via-link", true));
        os.removexattr(p("link"), "user.via-link", true);
        assertEquals(List.of(), os.listxattr(file).stream().filter(n -> n.startsWith("user.")).toList());
        String before = os.getcwd();
        try {
            os.chdir(tmp.toString());
            os.setxattr(".", "user.cwd", new byte[] {2}, 0);
            assertTrue(os.listxattr().contains("user.cwd"));
        } finally {
            os.chdir(before);
        }
    }

    // ---- the NUL rule ----

    @Test
    void aNulInAnyNewPathArgumentIsRejectedBeforeAnyCall() {
        String bad = tmp + "/a\0b";
        List<Runnable> calls = List.of(
                () -> call(() -> os.chown(bad, 0, 0)), () -> call(() -> os.chown(bad, 0, 0, At.NOFOLLOW)),
                () -> call(() -> os.lchown(bad, 0, 0)), () -> call(() -> os.lchmod(bad, 0)),
                () -> call(() -> os.chflags(bad, 0)), () -> call(() -> os.lchflags(bad, 0)),
                () -> call(() -> os.chroot(bad)), () -> call(() -> os.mkfifo(bad)),
                () -> call(() -> os.mknod(bad, 0600, 0)), () -> call(() -> os.pathconf(bad, "PC_NAME_MAX")),
                () -> call(() -> os.pathconf(bad, 3)), () -> call(() -> os.statvfs(bad)),
                () -> call(() -> os.utime(bad)), () -> call(() -> os.utimeNs(bad, 0, 0, At.DEFAULT)),
                () -> call(() -> os.utime(bad, 0, 0, At.DEFAULT)), () -> call(() -> os.utimeNow(bad, At.DEFAULT)),
                () -> call(() -> os.removedirs(bad)), () -> call(() -> os.renames(bad, p("x"))),
                () -> call(() -> os.renames(p("x"), bad)), () -> call(() -> os.fwalk(bad)),
                () -> call(() -> os.getxattr(bad, "user.a")), () -> call(() -> os.getxattr(p("x"), "user.\0")),
                () -> call(() -> os.getxattr(0, "user.\0")),
                () -> call(() -> os.setxattr(bad, "user.a", new byte[0], 0)),
                () -> call(() -> os.setxattr(p("x"), "user.\0", new byte[0], 0)),
                () -> call(() -> os.setxattr(0, "user.\0", new byte[0], 0)),
                () -> call(() -> os.listxattr(bad)), () -> call(() -> os.removexattr(bad, "user.a")),
                () -> call(() -> os.removexattr(p("x"), "user.\0")), () -> call(() -> os.removexattr(0, "a\0")));
        for (Runnable call : calls) {
            assertThrows(IllegalArgumentException.class, call::run);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void call(Call call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("expected IllegalArgumentException, got " + e, e);
        }
    }
}
