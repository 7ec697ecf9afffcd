package org.osprey.tempfile.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.Os;
import org.osprey.tempfile.MkstempResult;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.Tempfile;

/** A name that exists already is skipped, never opened, truncated or followed; endless collisions fail. */
class CollisionTest {
    private final Os os = Os.get();
    @TempDir
    Path tmp;

    private static Supplier<String> names(String... sequence) {
        Iterator<String> it = Stream.of(sequence).iterator();
        return it::next;
    }

    private TempOptions inTmp() {
        return TempOptions.DEFAULT.withDir(tmp.toString()).withPrefix("");
    }

    @Test
    void mkstempSkipsExistingFilesAndSymlinksWithoutTouchingThem() throws Exception {
        Files.writeString(tmp.resolve("aaaaaaaa"), "precious");
        os.symlink(tmp.resolve("target").toString(), tmp.resolve("bbbbbbbb").toString()); // dangling
        Tempfile tf = new TempfileImpl(os, names("aaaaaaaa", "bbbbbbbb", "aaaaaaaa", "cccccccc"));
        MkstempResult r = tf.mkstemp(inTmp());
        os.close(r.fd());
        assertEquals(tmp.resolve("cccccccc").toString(), r.name());
        assertEquals("precious", Files.readString(tmp.resolve("aaaaaaaa")), "not truncated");
        assertFalse(Files.exists(tmp.resolve("target")), "the symlink was not followed to create its target");
    }

    @Test
    @SuppressWarnings("deprecation")
    void mkdtempAndMktempSkipExistingNames() throws Exception {
        Files.writeString(tmp.resolve("aaaaaaaa"), "x");
        Files.createDirectory(tmp.resolve("bbbbbbbb"));
        Tempfile tf = new TempfileImpl(os, names("aaaaaaaa", "bbbbbbbb", "cccccccc", "aaaaaaaa", "dddddddd"));
        assertEquals(tmp.resolve("cccccccc").toString(), tf.mkdtemp(inTmp()));
        assertEquals(tmp.resolve("dddddddd").toString(), tf.mktemp(inTmp()));
    }

    @Test
    void tmpMaxCollisionsFailLikeCpython() throws Exception {
        Files.writeString(tmp.resolve("aaaaaaaa"), "x");
        AtomicInteger asked = new AtomicInteger();
        Tempfile tf = new TempfileImpl(os, () -> {
            asked.incrementAndGet();
            return "aaaaaaaa";
        });
        FileExistsOsException e = assertThrows(FileExistsOsException.class, () -> tf.mkstemp(inTmp()));
        assertEquals(Tempfile.TMP_MAX, asked.get());
        assertEquals(17, e.errno());
        assertEquals("[Errno 17] No usable temporary file name found", e.getMessage());
        assertNull(e.filename());
        assertThrows(FileExistsOsException.class, () -> tf.mkdtemp(inTmp()));
        assertThrows(FileExistsOsException.class, () -> tf.namedTemporaryFile(
                org.osprey.tempfile.NamedTempOptions.DEFAULT.withDir(tmp.toString()).withPrefix("")));
        assertEquals(List.of("aaaaaaaa"), os.listdir(tmp.toString()));
        assertArrayEquals("x".getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(tmp.resolve("aaaaaaaa")));
    }

    @Test
    void randomNamesAreEightCharactersOfCpythonsAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String name = Names.next();
            assertEquals(8, name.length());
            assertEquals("", name.replaceAll("[a-z0-9_]", ""), name);
        }
    }
}
