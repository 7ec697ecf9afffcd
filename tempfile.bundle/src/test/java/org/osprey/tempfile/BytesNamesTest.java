package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.testing.Python;

/**
 * {@code bytes} arguments give {@code bytes} names, as in CPython, and every byte comes back as given: the
 * directory below has a name that is not UTF-8, and so have the prefixes and suffixes.
 */
class BytesNamesTest {
    private static final byte[] PREFIX = {'p', (byte) 0xff, '_'};
    private static final byte[] SUFFIX = {'.', (byte) 0xe9, (byte) 0x80};
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    private String savedTempdir;
    @TempDir
    Path tmp;
    private byte[] dirb;

    @BeforeEach
    void saveTempdir() {
        dirb = concat(os.fsencode(tmp.toString()), new byte[] {'/', 'd', (byte) 0xfe});
        savedTempdir = tf.tempdir();
    }

    /** Makes {@link #dirb}, or skips where the provider cannot make a name that is not UTF-8. */
    private void undecodableDirectory() throws Exception {
        Supported.of(os).run("mkdir", () -> os.mkdir(os.fsdecode(dirb)));
    }

    @AfterEach
    void restoreTempdir() {
        tf.tempdir(savedTempdir);
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[0];
        for (byte[] p : parts) {
            int at = all.length;
            all = Arrays.copyOf(all, at + p.length);
            System.arraycopy(p, 0, all, at, p.length);
        }
        return all;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** A name {@code dir/prefix + 8 characters of CPython's alphabet + suffix}, compared as bytes. */
    private void assertNamed(byte[] name, byte[] dir, byte[] prefix, byte[] suffix) {
        byte[] head = concat(dir, new byte[] {'/'}, prefix);
        assertArrayEquals(head, Arrays.copyOf(name, head.length), hex(name));
        assertArrayEquals(suffix, Arrays.copyOfRange(name, name.length - suffix.length, name.length), hex(name));
        String random = new String(name, head.length, name.length - head.length - suffix.length,
                StandardCharsets.US_ASCII);
        assertTrue(random.matches("[a-z0-9_]{8}"), random);
    }

    @Test
    void mkstempAndMkdtempReturnBytesNamesWithEveryByteKept() throws Exception {
        undecodableDirectory();
        BytesTempOptions options = BytesTempOptions.DEFAULT.withDir(dirb).withPrefix(PREFIX).withSuffix(SUFFIX);
        BytesMkstempResult r = tf.mkstemp(options);
        try {
            assertNamed(r.name(), dirb, PREFIX, SUFFIX);
            assertEquals(0600, Stat.S_IMODE(os.fstat(r.fd()).mode()));
            assertTrue(os.path().samestat(os.fstat(r.fd()), os.stat(os.fsdecode(r.name()))));
        } finally {
            os.close(r.fd());
        }
        byte[] d = tf.mkdtemp(options);
        assertNamed(d, dirb, PREFIX, SUFFIX);
        assertEquals(0700, Stat.S_IMODE(os.stat(os.fsdecode(d)).mode()));
        List<String> python = Python.require313().lines("import os, sys, tempfile\n"
                + "d, p, s = (bytes.fromhex(a) for a in sys.argv[1:])\n"
                + "fd, name = tempfile.mkstemp(s, p, d); os.close(fd); os.unlink(name)\n"
                + "made = tempfile.mkdtemp(s, p, d); os.rmdir(made)\n"
                + "print(type(name).__name__, name.hex()); print(type(made).__name__, made.hex())",
                hex(dirb), hex(PREFIX), hex(SUFFIX));
        for (String line : python) {
            assertTrue(line.startsWith("bytes "), line);
            assertNamed(HexFormat.of().parseHex(line.substring(6)), dirb, PREFIX, SUFFIX);
        }
        List<byte[]> listed = os.listdir(dirb);
        assertEquals(2, listed.size());
        for (byte[] entry : List.of(r.name(), d)) {
            assertTrue(listed.stream().anyMatch(n -> Arrays.equals(concat(dirb, new byte[] {'/'}, n), entry)));
        }
    }

    /** Without a prefix or directory the bytes defaults are CPython's: {@code gettempprefixb()}, {@code gettempdirb()}. */
    @Test
    void theDefaultsAreGettempprefixbAndGettempdirb() throws Exception {
        undecodableDirectory();
        tf.tempdirb(dirb);
        assertArrayEquals(dirb, tf.gettempdirb());
        assertEquals(os.fsdecode(dirb), tf.gettempdir());
        assertEquals(os.fsdecode(dirb), tf.tempdir());
        byte[] d = tf.mkdtemp(BytesTempOptions.DEFAULT);
        assertNamed(d, dirb, "tmp".getBytes(StandardCharsets.US_ASCII), new byte[0]);
        MkstempResult r = tf.mkstemp();
        os.close(r.fd());
        assertArrayEquals(dirb, os.fsencode(os.path().dirname(r.name())), "a bytes tempdir serves str calls too");
        tf.tempdirb(null);
        assertEquals(null, tf.tempdir());
    }

    @Test
    void aNamedTemporaryFileHasABytesName() throws Exception {
        undecodableDirectory();
        byte[] nameb;
        try (NamedTemporaryFile f = tf.namedTemporaryFile(BytesNamedTempOptions.DEFAULT.withDir(dirb)
                .withPrefix(PREFIX).withSuffix(SUFFIX))) {
            nameb = f.nameb();
            assertNamed(nameb, dirb, PREFIX, SUFFIX);
            assertEquals(os.fsdecode(nameb), f.name());
            f.write(ByteBuffer.wrap(new byte[] {7}));
            assertEquals(1, os.stat(os.fsdecode(nameb)).size());
            nameb[0] ^= 1;
            assertNotEquals(nameb[0], f.nameb()[0], "a copy");
        }
        assertEquals(List.of(), os.listdir(dirb));
    }

    @Test
    void aTemporaryDirectoryHasABytesNameAndCpythonsRepr() throws Exception {
        undecodableDirectory();
        byte[] prefix = "it's ".getBytes(StandardCharsets.US_ASCII);
        TemporaryDirectory td = tf.temporaryDirectory(BytesTempDirOptions.DEFAULT.withDir(dirb).withPrefix(prefix));
        try {
            assertNamed(td.nameb(), dirb, prefix, new byte[0]);
            String expected = Python.require313().run("import sys, tempfile\n"
                    + "class TemporaryDirectory(tempfile.TemporaryDirectory):\n"
                    + "    def __init__(self, name): self.name = name\n"
                    + "print(repr(TemporaryDirectory(bytes.fromhex(sys.argv[1]))))", hex(td.nameb())).strip();
            assertEquals(expected, td.toString());
            assertTrue(expected.startsWith("<TemporaryDirectory b\""), expected);
        } finally {
            td.close();
        }
        assertFalse(os.path().lexists(td.name()));
    }

    @Test
    void temporaryAndSpooledFilesTakeBytesArguments() throws Exception {
        undecodableDirectory();
        try (TemporaryFile f = tf.temporaryFile(BytesTempOptions.DEFAULT.withDir(dirb).withPrefix(PREFIX));
                SpooledTemporaryFile s = tf.spooledTemporaryFile(1, BytesTempOptions.DEFAULT.withDir(dirb))) {
            // the nio provider cannot fstat a file no name leads to: the test stops there
            StatResult unnamed = Supported.of(os).call("fstat", () -> os.fstat(f.fileno()));
            assertEquals(0, unnamed.nlink());
            assertEquals(os.stat(os.fsdecode(dirb)).dev(), unnamed.dev());
            s.write(ByteBuffer.wrap(new byte[] {1, 2}));
            assertTrue(s.rolled());
            assertEquals(os.stat(os.fsdecode(dirb)).dev(), os.fstat(s.fileno()).dev());
            assertEquals(List.of(), os.listdir(dirb));
        }
    }

    @Test
    void aNulByteIsRejectedBeforeTouchingTheDisk() throws Exception {
        byte[] dirb = os.fsencode(tmp.toString());
        byte[] nul = {'a', 0};
        assertThrows(IllegalArgumentException.class, () -> tf.mkstemp(BytesTempOptions.DEFAULT.withDir(dirb)
                .withSuffix(nul)));
        assertThrows(IllegalArgumentException.class, () -> tf.mkdtemp(BytesTempOptions.DEFAULT.withDir(dirb)
                .withPrefix(nul)));
        assertThrows(IllegalArgumentException.class, () -> tf.namedTemporaryFile(BytesNamedTempOptions.DEFAULT
                .withDir(concat(dirb, nul))));
        assertThrows(IllegalArgumentException.class, () -> tf.temporaryDirectory(BytesTempDirOptions.DEFAULT
                .withDir(dirb).withSuffix(nul)));
        assertThrows(IllegalArgumentException.class, () -> tf.spooledTemporaryFile(0, BytesTempOptions.DEFAULT
                .withPrefix(nul)));
        assertEquals(List.of(), os.listdir(dirb));
    }

    /** Python's bytes are immutable: the records copy what they are given and what they give. */
    @Test
    void optionsAreValuesThatCopyTheirArrays() {
        byte[] s = {'x'};
        BytesTempOptions a = BytesTempOptions.DEFAULT.withSuffix(s);
        s[0] = 'y';
        assertArrayEquals(new byte[] {'x'}, a.names().suffix());
        a.names().suffix()[0] = 'z';
        assertArrayEquals(new byte[] {'x'}, a.names().suffix());
        assertEquals(a, BytesTempOptions.DEFAULT.withSuffix(new byte[] {'x'}));
        assertEquals(a.hashCode(), BytesTempOptions.DEFAULT.withSuffix(new byte[] {'x'}).hashCode());
        assertEquals("BytesTempOptions[names=BytesNames[suffix=b'x', prefix=None, dir=None], text=false]",
                a.toString());
        assertEquals(BytesNamedTempOptions.DEFAULT.withPrefix(PREFIX), BytesNamedTempOptions.DEFAULT
                .withPrefix(PREFIX.clone()));
        assertEquals(BytesTempDirOptions.DEFAULT.withDir(dirb), BytesTempDirOptions.DEFAULT.withDir(dirb.clone()));
        assertEquals(new BytesMkstempResult(3, SUFFIX), new BytesMkstempResult(3, SUFFIX.clone()));
    }
}
