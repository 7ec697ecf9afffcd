package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;

/** Every object closes what it opened, whether it succeeds or fails. */
class LeakTest {
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    private void everything(TempOptions in, TempOptions missing) throws Exception {
        MkstempResult r = tf.mkstemp(in);
        os.close(r.fd());
        os.unlink(r.name());
        tf.temporaryFile(in).close();
        tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(in.dir())).close();
        try (SpooledTemporaryFile s = tf.spooledTemporaryFile(4, in)) {
            s.write(ByteBuffer.wrap(new byte[10]));
        }
        try (TemporaryDirectory td = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(in.dir()))) {
            os.makedirs(td.name() + "/a/b/c");
        }
        try (TemporaryTextFile t = tf.temporaryFile(in, TextOptions.DEFAULT.withEncoding("utf-16"));
                NamedTemporaryTextFile n = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(in.dir()),
                        TextOptions.DEFAULT);
                SpooledTemporaryTextFile s = tf.spooledTemporaryFile(4, in, TextOptions.DEFAULT)) {
            t.write("x\n");
            n.write("y");
            s.write("rolled over");
            t.seek(0);
            t.readline();
        }
        assertThrows(NoSuchElementException.class, () -> tf.namedTemporaryFile(NamedTempOptions.DEFAULT
                .withDir(in.dir()), TextOptions.DEFAULT.withEncoding("no-such")));
        assertThrows(FileNotFoundOsException.class, () -> tf.temporaryFile(missing, TextOptions.DEFAULT));
        assertThrows(FileNotFoundOsException.class, () -> tf.mkstemp(missing));
        assertThrows(FileNotFoundOsException.class, () -> tf.temporaryFile(missing));
        assertThrows(FileNotFoundOsException.class, () -> tf.namedTemporaryFile(NamedTempOptions.DEFAULT
                .withDir(missing.dir())));
        assertThrows(FileNotFoundOsException.class, () -> tf.temporaryDirectory(TempDirOptions.DEFAULT
                .withDir(missing.dir())));
    }

    @Test
    void hundredsOfRoundsLeaveTheDescriptorCountUnchanged() throws Exception {
        TempOptions in = TempOptions.DEFAULT.withDir(tmp.toString());
        TempOptions missing = TempOptions.DEFAULT.withDir(tmp.resolve("missing").toString());
        everything(in, missing); // loads classes and seeds the random source, which may keep files open
        long before = OpenFds.count();
        for (int i = 0; i < 200; i++) {
            everything(in, missing);
        }
        assertEquals(before, OpenFds.count());
        assertEquals(List.of(), os.listdir(tmp.toString()));
    }
}
