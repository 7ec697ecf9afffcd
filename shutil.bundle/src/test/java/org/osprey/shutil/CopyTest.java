package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.IsADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.testing.Python;

/** copyfileobj, copyfile (kernel and buffered paths), copymode, copystat, copy and copy2 on real files. */
class CopyTest {
    private static final String PY_ERROR = "import shutil, sys\ntry:\n    shutil.copyfile(sys.argv[1], sys.argv[2])\n"
            + "except Exception as e:\n    print(type(e).__name__, str(e), sep='|', end='')";

    private static final Set<String> KERNEL_COPIES = Set.of("fcopyfile", "copyFileRange", "sendfile");

    private final Os os = Os.get();
    private final Shutil shutil = Shutil.of(os);
    @TempDir
    Path tmp;

    private static byte[] randomBytes(int n) {
        byte[] data = new byte[n];
        new Random(n).nextBytes(data);
        return data;
    }

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void copyfileobjCopiesInChunksOfTheGivenLength() throws Exception {
        byte[] data = randomBytes(10_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong chunks = new AtomicLong();
        long n = shutil.copyfileobj(new ByteArrayInputStream(data), out,
                CopyfileobjOptions.DEFAULT.withLength(1000)
                        .withProgress(Progress.onBytes(b -> chunks.incrementAndGet())));
        assertEquals(10_000, n);
        assertArrayEquals(data, out.toByteArray());
        assertEquals(10, chunks.get());
        ByteArrayOutputStream viaChannels = new ByteArrayOutputStream();
        assertEquals(10_000, shutil.copyfileobj(Channels.newChannel(new ByteArrayInputStream(data)),
                Channels.newChannel(viaChannels), CopyfileobjOptions.DEFAULT));
        assertArrayEquals(data, viaChannels.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> CopyfileobjOptions.DEFAULT.withLength(-1));
    }

    @Test
    void copyfileCopiesMoreThanOneBufferInTheKernel() throws Exception {
        byte[] data = randomBytes(3 * CopyfileobjOptions.COPY_BUFSIZE + 17);
        Files.write(tmp.resolve("src"), data);
        AtomicLong copied = new AtomicLong();
        CopyOptions counting = CopyOptions.DEFAULT.withProgress(Progress.onBytes(copied::addAndGet));
        assertEquals(p("dst"), shutil.copyfile(p("src"), p("dst"), counting));
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("dst")));
        assertEquals(data.length, copied.get());
    }

    @Test
    void copyfileFallsBackToReadAndWriteWithoutKernelCopies() throws Exception {
        Shutil plain = Shutil.of(LimitedProvider.os(false, Set.of("copyFileRange", "sendfile")));
        byte[] data = randomBytes(2 * CopyfileobjOptions.COPY_BUFSIZE + 5);
        Files.write(tmp.resolve("src"), data);
        Files.writeString(tmp.resolve("dst"), "longer old contents that must be truncated".repeat(5000));
        AtomicLong copied = new AtomicLong();
        plain.copyfile(p("src"), p("dst"), CopyOptions.DEFAULT.withProgress(Progress.onBytes(copied::addAndGet)));
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("dst")));
        assertEquals(data.length, copied.get());
        Files.write(tmp.resolve("empty"), new byte[0]);
        plain.copyfile(p("empty"), p("dst"));
        assertEquals(0, Files.size(tmp.resolve("dst")));
    }

    @Test
    void copyfileUsesSendfileWithoutCopyFileRange() throws Exception {
        Shutil noCopyFileRange = Shutil.of(LimitedProvider.os(false, Set.of("copyFileRange")));
        byte[] data = randomBytes(CopyfileobjOptions.COPY_BUFSIZE + 1);
        Files.write(tmp.resolve("src"), data);
        noCopyFileRange.copyfile(p("src"), p("dst"));
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("dst")));
    }

    /**
     * Linux keeps its own ways: {@code copy_file_range}, {@code statvfs}; never macOS's {@code fcopyfile} nor
     * Windows' {@code _winapi.CopyFile2} and {@code nt._getdiskusage}.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxShutilCopiesWithCopyFileRangeNeverMacOsOrWindowsCalls() throws Exception {
        List<String> called = new CopyOnWriteArrayList<>();
        byte[] data = randomBytes(CopyfileobjOptions.COPY_BUFSIZE + 7);
        Files.write(tmp.resolve("src"), data);
        Shutil recorded = Shutil.of(LimitedProvider.recording(called));
        recorded.copyfile(p("src"), p("dst"));
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("dst")));
        assertEquals(p("dst2"), recorded.copy2(p("src"), p("dst2")));
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("dst2")));
        recorded.diskUsage(p("src"));
        assertTrue(called.contains("copyFileRange") && called.contains("statvfs"), called.toString());
        for (String foreign : List.of("fcopyfile", "copyfile2", "getdiskusage")) {
            assertFalse(called.contains(foreign), foreign + " in " + called);
        }
        assertEquals("False", Python.MODERN.run("import importlib.util; print(importlib.util.find_spec('_winapi') "
                + "is not None)").strip());
    }

    /** CPython 3.13's {@code _fastcopy_fcopyfile}: one {@code fcopyfile} call, and nothing of Linux's ways. */
    @Test
    @EnabledOnOs(OS.MAC)
    void copyfileOnMacOsCopiesWithFcopyfile() throws Exception {
        List<String> called = new CopyOnWriteArrayList<>();
        byte[] data = randomBytes(3 * CopyfileobjOptions.COPY_BUFSIZE + 7);
        Files.write(tmp.resolve("src"), data);
        Files.writeString(tmp.resolve("dst"), "longer old contents that must be truncated".repeat(9000));
        Shutil.of(LimitedProvider.recording(called)).copyfile(p("src"), p("dst"));
        assertArrayEquals(data, Files.readAllBytes(tmp.resolve("dst")));
        assertEquals(List.of("fcopyfile"), called.stream().filter(KERNEL_COPIES::contains).toList());
        assertEquals("True", Python.MODERN.run("import posix; print(hasattr(posix, '_fcopyfile'))").strip());
    }

    @Test
    void copyfileAcrossFileSystemsFallsBackFromEXDEV() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).type().equals(Files.getFileStore(tmp).type()), "needs another fs type");
        byte[] data = randomBytes(2 * CopyfileobjOptions.COPY_BUFSIZE + 3);
        Files.write(tmp.resolve("src"), data);
        Path there = Files.createTempFile(shm, "osprey-copy", "");
        try {
            shutil.copyfile(p("src"), there.toString());
            assertArrayEquals(data, Files.readAllBytes(there));
        } finally {
            Files.delete(there);
        }
    }

    @Test
    void copyfileOfAnEmptyFileAndOfAProcFile() throws Exception {
        Files.write(tmp.resolve("empty"), new byte[0]);
        Files.writeString(tmp.resolve("dst"), "old");
        shutil.copyfile(p("empty"), p("dst"));
        assertEquals(0, Files.size(tmp.resolve("dst")));
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")));
        shutil.copyfile("/proc/self/mounts", p("mounts")); // claims size 0 to copy_file_range
        assertTrue(Files.size(tmp.resolve("mounts")) > 0);
    }

    @Test
    void errorsAreThoseOfPython() throws Exception {
        Files.writeString(tmp.resolve("src"), "x");
        Trees.dir(tmp.resolve("dir"));
        SameFileException same = assertThrows(SameFileException.class, () -> shutil.copyfile(p("src"), p("src")));
        assertEquals(Python.MODERN.run(PY_ERROR, p("src"), p("src")), "SameFileError|" + same.getMessage());
        IsADirectoryOsException isDir = assertThrows(IsADirectoryOsException.class,
                () -> shutil.copyfile(p("src"), p("dir")));
        assertEquals(Python.MODERN.run(PY_ERROR, p("src"), p("dir")), "IsADirectoryError|" + isDir.getMessage());
        FileNotFoundOsException missing = assertThrows(FileNotFoundOsException.class,
                () -> shutil.copyfile(p("missing"), p("dst")));
        assertEquals(Python.MODERN.run(PY_ERROR, p("missing"), p("dst")), "FileNotFoundError|" + missing.getMessage());
        Trees.fifo(tmp.resolve("fifo"));
        SpecialFileException fifo = assertThrows(SpecialFileException.class,
                () -> shutil.copyfile(p("fifo"), p("dst")));
        assertEquals(Python.MODERN.run(PY_ERROR, p("fifo"), p("dst")), "SpecialFileError|" + fifo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> shutil.copyfile(p("src"), p("a\0b")));
    }

    /** The copy functions' errors for a directory source or a destination in a missing directory, as 3.13's. */
    @ParameterizedTest
    @ValueSource(strings = {"copyfile", "copy", "copy2"})
    void directoriesWhereFilesBelongFailAsInPython313(String function) throws Exception {
        Files.writeString(tmp.resolve("file"), "x");
        Trees.dir(tmp.resolve("dir"));
        String script = "import shutil, sys\ntry:\n    getattr(shutil, sys.argv[1])(sys.argv[2], sys.argv[3])\n"
                + "    print('ok', end='')\nexcept OSError as e:\n    print(type(e).__name__, str(e), e.errno,"
                + " e.strerror, e.filename, e.filename2, type(e.__cause__).__name__, sep='|', end='')";
        String[][] cases = {{"dir", "missing/dir/"}, {"dir", "missing"}, {"dir", "out"}, {"dir", "file"},
            {"file", "missing/"}, {"file", "file/"}, {"file", "missing/dir/"}, {"file", "dir/missing/"}};
        for (String[] c : cases) {
            String src = tmp + "/" + c[0];
            String dst = tmp + "/" + c[1]; // not Path.resolve, which drops a trailing slash
            String python = Python.require313().run(script, function, src, dst);
            OsException e = assertThrows(OsException.class, () -> copyFunction(function).copy(src, dst), python);
            assertEquals(python, pythonView(e), function + " " + c[0] + " " + c[1]);
        }
        try (var names = Files.list(tmp)) {
            assertEquals(List.of("dir", "file"), names.map(n -> n.getFileName().toString()).sorted().toList(),
                    "nothing was created");
        }
    }

    private CopyFunction copyFunction(String name) {
        return switch (name) {
            case "copyfile" -> shutil::copyfile;
            case "copy" -> shutil::copy;
            default -> shutil::copy2;
        };
    }

    /**
     * What the Python script prints for the same exception; a cause that is no {@code OsException} (the JDK's
     * exception a pure-Java provider translated) has no Python counterpart.
     */
    private static String pythonView(OsException e) {
        String type = e.getClass().getSimpleName().replace("OsException", "Error");
        String cause = !(e.getCause() instanceof OsException) ? "NoneType" : e.getCause().getClass().getSimpleName()
                .replace("OsException", "Error");
        return String.join("|", type.equals("Error") ? "OSError" : type, e.getMessage(),
                e.hasErrno() ? Integer.toString(e.errno()) : "None", orNone(e.strerror()), orNone(e.filename()),
                orNone(e.filename2()), cause);
    }

    private static String orNone(String s) {
        return s == null ? "None" : s;
    }

    @Test
    void copyfileCopiesASymlinkItselfWhenAsked() throws Exception {
        Trees.link(tmp.resolve("link"), "target-text");
        shutil.copyfile(p("link"), p("copy"), CopyOptions.DEFAULT.withFollowSymlinks(false));
        assertEquals(Path.of("target-text"), Files.readSymbolicLink(tmp.resolve("copy")));
    }

    @Test
    void copyAndCopy2CarryModeAndTimesIntoADirectory() throws Exception {
        Files.writeString(tmp.resolve("src"), "x");
        Files.setPosixFilePermissions(tmp.resolve("src"), PosixFilePermissions.fromString("rwx--x---"));
        Files.setLastModifiedTime(tmp.resolve("src"), FileTime.fromMillis(1_000_000_000_123L));
        Trees.dir(tmp.resolve("d1"));
        Trees.dir(tmp.resolve("d2"));
        assertEquals(p("d1/src"), shutil.copy(p("src"), p("d1")));
        assertEquals(p("d2/src"), shutil.copy2(p("src"), p("d2")));
        StatResult src = os.stat(p("src"));
        StatResult copy = os.stat(p("d1/src"));
        StatResult copy2 = os.stat(p("d2/src"));
        assertEquals(src.mode(), copy.mode());
        assertEquals(src.mode(), copy2.mode());
        assertTrue(copy.mtimeNs() != src.mtimeNs());
        assertEquals(src.mtimeNs(), copy2.mtimeNs());
        assertEquals(src.atimeNs(), copy2.atimeNs());
    }

    /** Where fchmod and futimens are not in supports_fd, copy2 copies the metadata by path, as CPython's does. */
    @Test
    void copy2CopiesTheMetadataByPathWithoutDescriptorCalls() throws Exception {
        Shutil byPath = Shutil.of(LimitedProvider.os(true, Set.of("fchmod")));
        Files.writeString(tmp.resolve("src"), "x");
        Files.setPosixFilePermissions(tmp.resolve("src"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.setLastModifiedTime(tmp.resolve("src"), FileTime.fromMillis(1_000_000_000_123L));
        byPath.copy2(p("src"), p("dst"));
        StatResult src = os.stat(p("src"));
        StatResult dst = os.stat(p("dst"));
        assertEquals(List.of(src.mode(), src.mtimeNs(), src.atimeNs()), List.of(dst.mode(), dst.mtimeNs(),
                dst.atimeNs()));
    }

    @Test
    void copystatCopiesExtendedAttributesAndNanoseconds() throws Exception {
        Files.writeString(tmp.resolve("src"), "x");
        Files.writeString(tmp.resolve("dst"), "y");
        try {
            Supported.of(os).run("setxattr", () -> os.setxattr(p("src"), "user.osprey", new byte[] {1, 2, 3}, 0));
        } catch (OsException noXattrsHere) {
            assumeTrue(false, "no user xattrs on " + tmp);
        }
        os.utimeNs(p("src"), 1_234_567_891L, 9_876_543_219L, org.osprey.os.At.DEFAULT);
        shutil.copystat(p("src"), p("dst"));
        assertArrayEquals(new byte[] {1, 2, 3}, os.getxattr(p("dst"), "user.osprey"));
        assertEquals(9_876_543_219L, os.stat(p("dst")).mtimeNs());
        assertEquals(1_234_567_891L, os.stat(p("dst")).atimeNs());
    }

    @Test
    void copymodeAndCopystatOfSymlinksFollowPythonWhereNoLchmod() throws Exception {
        Files.writeString(tmp.resolve("target"), "x");
        Files.setPosixFilePermissions(tmp.resolve("target"), PosixFilePermissions.fromString("rw-------"));
        Files.writeString(tmp.resolve("other"), "y");
        Files.setPosixFilePermissions(tmp.resolve("other"), PosixFilePermissions.fromString("rwxrwxrwx"));
        Trees.link(tmp.resolve("l1"), "target");
        Trees.link(tmp.resolve("l2"), "other");
        shutil.copymode(p("l1"), p("l2"), false); // no lchmod on Linux: nothing happens, as in Python
        shutil.copystat(p("l1"), p("l2"), false);
        assertEquals("rwxrwxrwx", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("other"))));
        shutil.copymode(p("l1"), p("l2"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("other"))));
        assertTrue(Files.isSymbolicLink(tmp.resolve("l2")));
        assertTrue(Files.exists(tmp.resolve("l2"), LinkOption.NOFOLLOW_LINKS));
    }
}
