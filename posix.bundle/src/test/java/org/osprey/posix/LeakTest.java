package org.osprey.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FdChannel;
import org.osprey.os.FwalkIterator;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Pipe;
import org.osprey.os.Pty;
import org.osprey.os.ScandirIterator;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.DirectoryDescriptors;
import org.osprey.os.spi.OsProvider;
import org.osprey.posix.abi.Abi;
import org.osprey.testing.OpenFds;

/** No call, failing or not, leaves a file descriptor open. */
class LeakTest {
    private final PosixProvider provider = new PosixProvider();
    private final Os os = Os.of(provider);
    @TempDir
    Path tmp;

    /**
     * Whether descriptor {@code fd} is open on {@code file}. Asking for EBADF instead would be racy: the JVM may
     * reuse a freed number at any time (a jar opened for class loading, say).
     */
    private static boolean refersTo(int fd, String file) {
        return file.equals(OpenFds.target(fd));
    }

    @Test
    void thousandsOfCallsLeaveTheDescriptorCountUnchanged() throws Exception {
        String dir = tmp.toString();
        String file = tmp.resolve("file").toString();
        Files.writeString(Path.of(file), "x");
        for (int i = 0; i < 20; i++) {
            Files.writeString(tmp.resolve("f" + i), "x");
        }
        os.symlink("nowhere", dir + "/dangling");
        int dirFlags = Abi.O_RDONLY
                | Abi.of(System.getProperty("os.name"), System.getProperty("os.arch")).orElseThrow().oDirectory();
        long before = OpenFds.count();
        for (int i = 0; i < 2000; i++) {
            os.stat(file);
            assertThrows(OsException.class, () -> os.stat(dir + "/missing"));
            os.listdir(dir);
            assertThrows(OsException.class, () -> os.listdir(dir + "/missing"));
            assertThrows(OsException.class, () -> os.listdir(file));
            try (ScandirIterator it = os.scandir(dir)) {
                it.next(); // abandoned half-way, then closed
            }
            int fd = provider.descriptors().open(dir, dirFlags, 0, OsProvider.NO_DIR_FD);
            os.listdir(fd);
            try (DirStream d = provider.facet(DirectoryDescriptors.class).orElseThrow().opendir(fd)) {
                d.next();
                d.close(); // twice: idempotent
            }
            provider.descriptors().close(fd);
            int fileFd = provider.descriptors().open(file, Abi.O_RDONLY, 0, OsProvider.NO_DIR_FD);
            assertThrows(OsException.class, () -> os.listdir(fileFd));
            provider.descriptors().close(fileFd);
            assertThrows(OsException.class, () -> provider.descriptors().open(dir + "/missing", Abi.O_RDONLY, 0,
                    OsProvider.NO_DIR_FD));
            assertThrows(OsException.class, () -> os.readlink(file));
            assertThrows(OsException.class, () -> os.mkdir(dir));
            os.readlink(dir + "/dangling");
        }
        assertEquals(before, OpenFds.count());
    }

    /** glibc reads files behind several of these (group database, /proc/loadavg, /sys CPU lists, utmp). */
    @Test
    void processAndSystemCallsLeaveTheDescriptorCountUnchanged() throws Exception {
        os.getgrouplist("root", 0); // the first call may open files that glibc keeps for good (nscd sockets)
        long before = OpenFds.count();
        for (int i = 0; i < 500; i++) {
            os.getgrouplist("root", 0);
            os.getgrouplist("no-such-user-osprey", 1);
            try {
                os.getlogin();
            } catch (OsException e) {
                // where no one is logged in on the terminal: ENXIO or ENOTTY, whichever path glibc took
            }
            os.ctermid();
            os.urandom(64);
            os.cpuCount();
            os.getloadavg();
            os.sysconf("SC_NPROCESSORS_CONF");
            os.confstr("CS_PATH");
            os.times();
            os.schedGetaffinity(0);
            assertThrows(OsException.class, () -> os.getpgid(Integer.MAX_VALUE));
        }
        assertEquals(before, OpenFds.count());
    }

    @Test
    void thousandsOfFileAndDirectoryCallsLeaveTheDescriptorCountUnchanged() throws Exception {
        String dir = tmp.toString();
        String file = tmp.resolve("file").toString();
        Files.writeString(Path.of(file), "x");
        os.makedirs(dir + "/tree/a/b");
        os.symlink("file", dir + "/link");
        String missing = dir + "/missing";
        os.fwalk(dir).close(); // binds the calls, whose loading may open files of its own
        long before = OpenFds.count();
        for (int i = 0; i < 2000; i++) {
            int fd = provider.descriptors().open(file, Abi.O_RDONLY, 0, OsProvider.NO_DIR_FD);
            os.statvfs(dir);
            os.fstatvfs(fd);
            os.pathconf(file, "PC_NAME_MAX");
            os.fpathconf(fd, "PC_NAME_MAX");
            os.utimeNs(file, i, i, org.osprey.os.At.DEFAULT);
            os.utimeNow(fd);
            os.chown(file, -1, -1);
            os.fchown(fd, -1, -1);
            os.lchown(dir + "/link", -1, -1);
            os.fchmod(fd, 0644);
            os.listxattr(file);
            provider.descriptors().close(fd);
            assertThrows(OsException.class, () -> os.statvfs(missing));
            assertThrows(OsException.class, () -> os.pathconf(missing, "PC_NAME_MAX"));
            assertThrows(OsException.class, () -> os.fpathconf(-1, 0));
            assertThrows(OsException.class, () -> os.utime(missing));
            assertThrows(OsException.class, () -> os.chown(missing, -1, -1));
            assertThrows(OsException.class, () -> os.getxattr(file, "user.absent"));
            assertThrows(OsException.class, () -> os.listxattr(missing));
            assertThrows(OsException.class, () -> os.removedirs(missing));
            assertThrows(OsException.class, () -> os.fwalk(missing));
            assertThrows(OsException.class, () -> os.mkfifo(missing + "/fifo"));
            assertThrows(OsException.class, () -> os.fchdir(-1));
            try (var walk = os.fwalk(dir, org.osprey.os.FwalkOptions.DEFAULT.bottomUp())) {
                walk.next(); // abandoned at the deepest directory, three descriptors open
            }
            os.fwalk(dir).forEachRemaining(step -> { });
            os.mkfifo(dir + "/fifo");
            os.renames(dir + "/fifo", dir + "/n/fifo");
            os.remove(dir + "/n/fifo");
            os.rmdir(dir + "/n");
        }
        assertEquals(before, OpenFds.count());
    }

    @Test
    void thousandsOfDescriptorCallsLeaveTheCountUnchanged() throws Exception {
        String file = tmp.resolve("data").toString();
        Files.writeString(Path.of(file), "0123456789");
        byte[] bytes = new byte[4];
        ByteBuffer direct = ByteBuffer.allocateDirect(4);
        long before = OpenFds.count();
        for (int i = 0; i < 2000; i++) {
            int fd = os.open(file, os.O_RDWR());
            os.read(fd, 3);
            os.pread(fd, bytes, 0, 4, 2);
            os.pwrite(fd, direct.clear(), 0);
            os.readv(fd, ByteBuffer.allocate(2), direct.clear());
            os.writev(fd, bytes, bytes);
            os.lseek(fd, 0, os.SEEK_SET());
            int copy = os.dup(fd);
            os.dup2(fd, copy, i % 2 == 0);
            os.close(copy);
            os.setInheritable(fd, i % 3 == 0);
            os.lockf(fd, os.F_TLOCK(), 1);
            os.lockf(fd, os.F_ULOCK(), 1);
            os.ftruncate(fd, 10);
            try (FdChannel ch = os.fdopen(fd)) {
                ch.inputStream().read();
            }
            assertFalse(refersTo(fd, file), "closed by its channel");
            Pipe pipe = os.pipe();
            os.write(pipe.write(), bytes);
            os.setBlocking(pipe.read(), false);
            os.read(pipe.read(), 10);
            assertThrows(OsException.class, () -> os.read(pipe.read(), 10));
            assertThrows(OsException.class, () -> os.lseek(pipe.read(), 0, os.SEEK_SET()));
            assertThrows(OsException.class, () -> os.getTerminalSize(pipe.read()));
            os.closerange(pipe.read(), pipe.read() + 1);
            int high = os.dup2(pipe.write(), 1000); // closed twice numbered high, where no other open lands
            os.close(pipe.write());
            os.close(high);
            assertThrows(OsException.class, () -> os.close(high));
            assertThrows(OsException.class, () -> os.open(file, os.O_RDWR() | os.O_CREAT() | os.O_EXCL()));
            assertThrows(OsException.class, () -> os.open(file + "/below", os.O_RDONLY()));
            assertThrows(OsException.class, () -> os.dup(-1));
            if (i % 50 == 0) {
                Pty pty = os.openpty();
                os.ttyname(pty.slave());
                os.getTerminalSize(pty.slave());
                os.close(pty.master());
                os.close(pty.slave());
            }
        }
        // a leak raises the count; the collector may meanwhile close what earlier tests dropped, lowering it
        long after = OpenFds.count();
        assertTrue(after <= before, () -> after + " descriptors open after the calls, " + before + " before");
    }

    /** Collects garbage until the count of open descriptors is {@code expected} or a bounded time has passed. */
    private static void collectUntilOpen(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (OpenFds.count() != expected && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(expected, OpenFds.count());
    }

    /** Collects garbage until {@code dropped} is gone, then leaves its cleaner time to run, had it one left. */
    private static void collect(WeakReference<?> dropped) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (dropped.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(dropped.get(), "not collected");
        Thread.sleep(200);
    }

    @Test
    void aDroppedStreamIsClosedWhenCollected() throws Exception {
        long before = OpenFds.count();
        for (int i = 0; i < 100; i++) {
            provider.files().opendir(tmp.toString()).next(); // never closed
        }
        collectUntilOpen(before);
    }

    @Test
    void abandonedFwalksCloseTheirDescriptorsWhenCollected() throws Exception {
        os.makedirs(tmp + "/a/b/c");
        os.fwalk(tmp.toString()).close(); // binds the calls, whose loading may open files of its own
        long before = OpenFds.count();
        for (int i = 0; i < 1000; i++) {
            FwalkIterator walk = os.fwalk(tmp.toString());
            walk.next();
            walk.next(); // half-read: two levels open, never closed
        }
        assertEquals(before + 2000, OpenFds.count());
        collectUntilOpen(before);
    }

    @Test
    void aDroppedFdChannelClosesTheDescriptorItOwnsOnly() throws Exception {
        String file = tmp.resolve("data").toString();
        Files.writeString(Path.of(file), "0123456789");
        Logger log = Logger.getLogger("org.osprey.os");
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<String> expected = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.setLevel(Level.FINE);
        log.addHandler(handler);
        try {
            long before = OpenFds.count();
            List<Integer> borrowed = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                FdChannel dropped = os.fdopen(os.open(file, os.O_RDONLY()));
                dropped.inputStream().read(); // never closed
                expected.add("unclosed FdChannel[fd=" + dropped.fd() + "], closed by the garbage collector");
                int fd = os.open(file, os.O_RDONLY());
                borrowed.add(fd);
                os.fdopen(fd, false).inputStream().read(); // closefd=False: stays the caller's
                os.fdopen(os.open(file, os.O_RDONLY())).close();
            }
            collectUntilOpen(before + borrowed.size());
            for (int fd : borrowed) {
                assertTrue(refersTo(fd, file));
                os.close(fd);
            }
        } finally {
            log.removeHandler(handler);
            log.setLevel(null);
        }
        // CPython's ResourceWarning, for the dropped channels only
        expected.sort(null);
        warnings.sort(null);
        assertEquals(expected, warnings);
    }

    /** What was closed explicitly is never released again by the collector, whoever has the number now. */
    @Test
    void theCollectorNeverClosesAgainWhatWasClosed() throws Exception {
        String other = tmp.resolve("other").toString();
        Files.writeString(Path.of(other), "x");
        int otherFd = os.open(other, os.O_RDONLY());
        os.mkdir(tmp + "/sub");

        FdChannel channel = os.fdopen(os.open(other, os.O_RDONLY()));
        int channelFd = channel.fd();
        FwalkIterator walk = os.fwalk(tmp.toString());
        int walkFd = walk.next().dirfd();
        DirStream stream = provider.files().opendir(tmp.toString());
        channel.close();
        walk.close();
        stream.close();
        os.dup2(otherFd, channelFd, false); // the numbers now belong to someone else
        os.dup2(otherFd, walkFd, false);
        WeakReference<?>[] dropped = {new WeakReference<>(channel), new WeakReference<>(walk),
            new WeakReference<>(stream)};
        channel = null;
        walk = null;
        stream = null;
        for (WeakReference<?> ref : dropped) {
            collect(ref);
        }
        assertTrue(refersTo(channelFd, other));
        assertTrue(refersTo(walkFd, other));
        os.close(channelFd);
        os.close(walkFd);
        os.close(otherFd);
    }
}
