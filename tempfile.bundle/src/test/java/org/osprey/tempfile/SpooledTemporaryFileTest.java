package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.testing.Python;

/** {@code SpooledTemporaryFile}: memory until {@code max_size}, then a real file with the same data and position. */
class SpooledTemporaryFileTest {
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    private SpooledTemporaryFile spooled(int maxSize) {
        return tf.spooledTemporaryFile(maxSize, TempOptions.DEFAULT.withDir(tmp.toString()));
    }

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static String readAll(SpooledTemporaryFile f) throws Exception {
        f.position(0);
        return HexFormat.of().formatHex(f.inputStream().readAllBytes());
    }

    @Test
    void rollingOverKeepsTheDataAndThePosition() throws Exception {
        try (SpooledTemporaryFile f = spooled(10)) {
            f.write(bytes("0123456789"));
            assertFalse(f.rolled(), "exactly max_size stays in memory");
            f.position(4);
            assertFalse(f.rolled());
            f.write(bytes("abcdefg")); // position 11 > 10
            assertTrue(f.rolled());
            assertEquals(11, f.position());
            assertEquals(11, os.lseek(f.fileno(), 0, os.SEEK_CUR()), "the real file's position");
            assertEquals(List.of(), os.listdir(tmp.toString()), "a TemporaryFile: no name on disk");
            f.position(0);
            assertArrayEquals("0123abcdefg".getBytes(StandardCharsets.US_ASCII), f.inputStream().readAllBytes());
        }
    }

    @Test
    void filenoAndRolloverForceARealFileAtTheSamePosition() throws Exception {
        try (SpooledTemporaryFile f = spooled(0)) {
            f.write(bytes("x".repeat(100_000)));
            assertFalse(f.rolled(), "max_size 0: no limit");
            f.position(7);
            int fd = f.fileno();
            assertTrue(f.rolled());
            assertEquals(7, os.lseek(fd, 0, os.SEEK_CUR()));
            assertEquals(100_000, os.lseek(fd, 0, os.SEEK_END()), "the size");
            os.lseek(fd, 7, os.SEEK_SET());
            f.rollover(); // again: nothing changes
            assertEquals(fd, f.fileno());
        }
        try (SpooledTemporaryFile f = spooled(100)) {
            f.write(bytes("abc"));
            f.rollover();
            assertTrue(f.rolled());
            assertEquals(3, f.position());
            assertEquals("616263", readAll(f));
        }
    }

    /** The same operations on CPython 3.13's SpooledTemporaryFile: rolled or not, position, contents. */
    @Test
    void behavesAsCpython() throws Exception {
        String script = String.join("\n",
                "import tempfile",
                "def show(f): p = f.tell(); f.seek(0); d = f.read(); f.seek(p); print(f._rolled, p, d.hex())",
                "f = tempfile.SpooledTemporaryFile(max_size=8)",
                "f.seek(5); f.write(b'ab'); show(f)",
                "f.truncate(3); show(f)",
                "f.write(b'cd'); show(f)",
                "f.seek(8); f.write(b'e'); show(f)",
                "g = tempfile.SpooledTemporaryFile()",
                "g.write(b'abcdef'); g.truncate(3); show(g)",
                "g.write(b'gh'); show(g)");
        List<String> expected = List.of(Python.require313().run(script).strip().split("\n"));
        List<String> actual = new ArrayList<>();
        // a rolled file's truncate asks fstat for its size: of a file that no name leads to
        Supported.of(os).run("fstat", () -> {
            try (SpooledTemporaryFile f = spooled(8); SpooledTemporaryFile g = spooled(0)) {
                f.position(5);
                f.write(bytes("ab"));
                actual.add(show(f));
                f.truncate(3);
                actual.add(show(f));
                f.write(bytes("cd"));
                actual.add(show(f));
                f.position(8);
                f.write(bytes("e"));
                actual.add(show(f));
                g.write(bytes("abcdef"));
                g.truncate(3); // Python rolls over here: 3 > max_size, even when max_size is 0
                actual.add(show(g));
                g.write(bytes("gh"));
                actual.add(show(g));
            }
        });
        assertEquals(expected, actual);
    }

    private static String show(SpooledTemporaryFile f) throws Exception {
        long p = f.position();
        String data = readAll(f);
        f.position(p);
        return (f.rolled() ? "True" : "False") + " " + p + " " + data;
    }

    @Test
    void closingInMemoryOrRolledClosesForGood() throws Exception {
        SpooledTemporaryFile memory = spooled(10);
        memory.write(bytes("a"));
        memory.close();
        assertFalse(memory.isOpen());
        assertThrows(ClosedChannelException.class, () -> memory.write(bytes("b")));
        SpooledTemporaryFile rolled = spooled(1);
        rolled.write(bytes("ab"));
        int fd = rolled.fileno();
        String target = Descriptors.target(os, fd);
        rolled.close();
        assertFalse(rolled.isOpen());
        assertTrue(Descriptors.closed(os, fd, target), "its descriptor is closed");
    }

    @Test
    void aNulInTheOptionsFailsAtOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> tf.spooledTemporaryFile(1, TempOptions.DEFAULT.withPrefix("a\0b")));
        assertThrows(IllegalArgumentException.class, () -> tf.spooledTemporaryFile(-1));
    }
}
