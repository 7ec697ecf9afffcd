package org.osprey.nio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.condition.OS.WINDOWS;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.At;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/** What the pure-Java provider does differently from a native one, and how it is found. */
class NioProviderTest {
    private final Os os = Os.of(new NioProvider());

    @TempDir
    Path tmp;

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    /** How it is found beside the POSIX provider, from the jars: the itest's NioProviderIT. */
    /** Arguments are checked before the facet is looked up, as Python raises ValueError whatever is missing. */
    @Test
    void aBadArgumentIsReportedBeforeAMissingFacet() {
        assertThrows(IllegalArgumentException.class, () -> os.statvfs("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> os.mkfifo("a\0b"));
        assertThrows(ArithmeticException.class, () -> os.getpgid(1L << 40));
        assertThrows(ArithmeticException.class, () -> os.killpg(1L << 40, 15));
        assertThrows(UnsupportedOperationException.class, () -> os.statvfs("/"));
    }

    /** The JDK has no Unix datagram channel, so the provider has no UnixSockets facet: the call says so. */
    @Test
    void unixSocketsAreRefusedWithTheReason() {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> os.connectUnixSocket(tmp.resolve("log.sock").toString(), 2));
        assertEquals("os.connectUnixSocket is not available: the provider nio (pure Java) has no UnixSockets facet",
                e.getMessage());
        assertThrows(UnsupportedOperationException.class, os::SOCK_DGRAM);
        assertThrows(IllegalArgumentException.class, () -> os.connectUnixSocket("a\0b", 2));
    }

    @Test
    void usableEverywhereAndRankedBelowNativeProviders() {
        OsProvider provider = new NioProvider();
        assertTrue(provider.isUsable());
        assertTrue(provider.rank() < OsProvider.RANK_NATIVE);
    }

    @Test
    void noDirFdIsClaimedAndNoneIsFaked() throws Exception {
        assertTrue(os.supports().dirFd().isEmpty());
        Files.writeString(tmp.resolve("f"), "x");
        int fd = os.open(p("f"), os.O_RDONLY());
        try {
            assertThrows(UnsupportedOperationException.class, () -> os.stat("f", At.dirFd(fd)));
        } finally {
            os.close(fd);
        }
    }

    @Test
    void dupSharesThePositionAndOutlivesTheOriginal() throws Exception {
        Files.writeString(tmp.resolve("f"), "abcdef");
        int fd = os.open(p("f"), os.O_RDONLY());
        int copy = os.dup(fd);
        assertArrayEquals("ab".getBytes(UTF_8), os.read(fd, 2));
        os.close(fd);
        assertArrayEquals("cd".getBytes(UTF_8), os.read(copy, 2));
        assertEquals(4, os.lseek(copy, 0, os.SEEK_CUR()));
        os.close(copy);
        assertThrows(OsException.class, () -> os.read(copy, 1));
    }

    @Test
    void ftruncateGrowsWithZerosAndLeavesThePosition() throws Exception {
        int fd = os.open(p("f"), os.O_RDWR() | os.O_CREAT(), 0600);
        try {
            os.write(fd, "abc".getBytes(UTF_8));
            os.ftruncate(fd, 6);
            assertEquals(3, os.lseek(fd, 0, os.SEEK_CUR()));
            os.ftruncate(fd, 2);
            assertEquals(3, os.lseek(fd, 0, os.SEEK_CUR()));
            os.ftruncate(fd, 5);
        } finally {
            os.close(fd);
        }
        assertEquals(Python.run("import os, sys\nfd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
                + "os.write(fd, b'abc'); os.ftruncate(fd, 6); os.ftruncate(fd, 2); os.ftruncate(fd, 5)\n"
                + "os.close(fd); print(open(sys.argv[1], 'rb').read())", p("py")).strip(),
                Python.run("import sys; print(open(sys.argv[1], 'rb').read())", p("f")).strip());
    }

    @Test
    void appendWithReadingWritesAtTheEnd() throws Exception {
        Files.writeString(tmp.resolve("f"), "abc");
        int fd = os.open(p("f"), os.O_RDWR() | os.O_APPEND());
        try {
            assertArrayEquals("a".getBytes(UTF_8), os.read(fd, 1));
            os.write(fd, "Z".getBytes(UTF_8));
            assertEquals(4, os.lseek(fd, 0, os.SEEK_CUR()));
        } finally {
            os.close(fd);
        }
        assertEquals("abcZ", Files.readString(tmp.resolve("f")));
    }

    @Test
    void fstatAnswersOnlyWhileThePathStillNamesTheFile() throws Exception {
        Files.writeString(tmp.resolve("f"), "abc");
        int fd = os.open(p("f"), os.O_RDONLY());
        try {
            assertEquals(os.stat(p("f")).ino(), os.fstat(fd).ino());
            os.rename(p("f"), p("g"));
            Files.writeString(tmp.resolve("f"), "another file");
            assertThrows(UnsupportedOperationException.class, () -> os.fstat(fd));
        } finally {
            os.close(fd);
        }
    }

    @Test
    void aTrailingSlashAsksForADirectory() throws Exception {
        Files.writeString(tmp.resolve("f"), "abc");
        NotADirectoryOsException e = assertThrows(NotADirectoryOsException.class, () -> os.stat(p("f") + "/"));
        assertEquals(p("f") + "/", e.filename());
        assertTrue(os.path().isdir(tmp + "/"));
    }

    @Test
    void aSymlinkTargetJavaNioWouldNormaliseIsRefused() throws Exception {
        assertThrows(UnsupportedOperationException.class, () -> os.symlink("a//b", p("l")));
        assertFalse(Files.exists(tmp.resolve("l"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        os.symlink("a/b", p("l"));
        assertEquals("a/b", os.readlink(p("l")));
    }

    @Test
    @DisabledOnOs(value = WINDOWS, disabledReason = "the child is sh reading the variable with ${...}")
    void theEnvironmentIsTheProvidersOwnAndReachesAChildOnlyWhenPassed() throws Exception {
        String key = "OSPREY_NIO_TEST";
        os.environ().put(key, "value");
        assertEquals("value", os.environ().get(key));
        assertNull(System.getenv(key));
        ProcessBuilder plain = new ProcessBuilder("sh", "-c", "printf %s \"${" + key + ":-unset}\"");
        assertEquals("unset", new String(plain.start().getInputStream().readAllBytes(), UTF_8));
        ProcessBuilder passed = new ProcessBuilder(plain.command());
        passed.environment().putAll(os.environ());
        assertEquals("value", new String(passed.start().getInputStream().readAllBytes(), UTF_8));
        os.environ().remove(key);
        assertNull(os.environ().get(key));
    }
}
