package org.osprey.os.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.IsADirectoryOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.OsException;
import org.osprey.testing.Python;

class NioErrorsTest {
    private final NioErrors errors = NioErrors.LINUX;

    @TempDir
    Path tmp;

    /** Real failures of java.nio, as a provider built on it meets them. */
    private OsException failure(IoCall call, String filename) {
        IOException e = assertThrows(IOException.class, call::run);
        return errors.translate(e, filename, null);
    }

    interface IoCall {
        void run() throws IOException;
    }

    @Test
    void missingFileIsEnoent() {
        OsException e = failure(() -> Files.delete(tmp.resolve("missing")), "missing");
        assertInstanceOf(FileNotFoundOsException.class, e);
        assertEquals(2, e.errno());
        assertEquals("missing", e.filename());
        assertEquals("No such file or directory", e.strerror());
    }

    @Test
    void existingDirectoryIsEexist() {
        OsException e = failure(() -> Files.createDirectory(tmp), "d");
        assertInstanceOf(FileExistsOsException.class, e);
        assertEquals(17, e.errno());
    }

    @Test
    void nonEmptyDirectoryIsEnotempty() throws IOException {
        Files.createFile(tmp.resolve("f"));
        assertEquals(39, failure(() -> Files.delete(tmp), "d").errno());
    }

    @Test
    void fileAsDirectoryIsEnotdir() throws IOException {
        Path file = Files.createFile(tmp.resolve("f"));
        OsException e = failure(() -> Files.newDirectoryStream(file).close(), "f");
        assertInstanceOf(NotADirectoryOsException.class, e);
        assertEquals(20, e.errno());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void reasonNamesTheErrno() {
        // the JDK reports EISDIR only by its message
        OsException e = failure(() -> FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE).close(), "d");
        assertInstanceOf(IsADirectoryOsException.class, e);
        assertEquals(21, e.errno());
    }

    @Test
    void closedChannelIsEbadf() throws IOException {
        FileChannel channel = FileChannel.open(Files.createFile(tmp.resolve("f")));
        channel.close();
        assertEquals(9, failure(() -> channel.read(ByteBuffer.allocate(1)), null).errno());
    }

    @Test
    void unknownIsEio() {
        assertEquals(5, errors.translate(new IOException("something else"), "f", null).errno());
    }

    @Test
    void osExceptionPassesThrough() {
        OsException e = new OsException(2, "No such file or directory", "f");
        assertSame(e, errors.translate(e, "g", null));
    }

    @Test
    void everyNameNeedsANumber() {
        assertThrows(IllegalArgumentException.class, () -> new NioErrors(Map.of("ENOENT", 2)));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void linuxTableIsPythons() {
        List<String> names = NioErrors.ERRNOS.stream().map(NioErrors.Errno::name).toList();
        List<String> python = Python.lines("import errno, os, sys\n"
                + "for n in sys.argv[1:]: print(n, getattr(errno, n), os.strerror(getattr(errno, n)), sep='|')",
                names.toArray(String[]::new));
        for (int i = 0; i < names.size(); i++) {
            NioErrors.Errno e = NioErrors.ERRNOS.get(i);
            assertEquals(python.get(i), e.name() + "|" + errors.number(e.name()) + "|" + e.strerror());
        }
    }
}
