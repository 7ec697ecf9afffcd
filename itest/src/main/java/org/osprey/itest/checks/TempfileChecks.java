package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.check;
import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.tempfile.BytesTempDirOptions;
import org.osprey.tempfile.MkstempResult;
import org.osprey.tempfile.NamedTempOptions;
import org.osprey.tempfile.NamedTemporaryFile;
import org.osprey.tempfile.NamedTemporaryTextFile;
import org.osprey.tempfile.SpooledTemporaryFile;
import org.osprey.tempfile.TempDirOptions;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.Tempfile;
import org.osprey.tempfile.TemporaryDirectory;
import org.osprey.tempfile.TemporaryFile;
import org.osprey.tempfile.TemporaryTextFile;
import org.osprey.tempfile.TextOptions;

/** Checks of {@code tempfile} through its API only (see {@link Checks}), compared with what {@code java.nio} sees. */
final class TempfileChecks {
    private TempfileChecks() {
    }

    static final List<Check> ALL = List.of(
            new Check("tempfile", "mkstemp and mkdtemp: owner-only, named as asked", TempfileChecks::mkstemp),
            new Check("tempfile", "TemporaryFile has no name on disk", TempfileChecks::temporaryFile),
            new Check("tempfile", "NamedTemporaryFile delete and delete_on_close", TempfileChecks::named),
            new Check("tempfile", "SpooledTemporaryFile rolls over with its data", TempfileChecks::spooled),
            new Check("tempfile", "TemporaryDirectory removes its tree, not beyond", TempfileChecks::directory),
            new Check("tempfile", "gettempdir, tempdir and bad arguments", TempfileChecks::gettempdir),
            new Check("tempfile", "text mode: encodings, newlines, tell and seek", TempfileChecks::text),
            new Check("tempfile", "bytes names", TempfileChecks::bytesNames));

    private static TempOptions in(String dir) {
        return TempOptions.DEFAULT.withDir(dir);
    }

    private static void mkstemp(Os os, String dir) throws Exception {
        Tempfile tf = Tempfile.of(os);
        MkstempResult r = tf.mkstemp(in(dir).withPrefix("p_").withSuffix(".s"));
        try {
            Path file = Path.of(r.name());
            equal(Path.of(dir), file.getParent(), "mkstemp's directory");
            check(file.getFileName().toString().matches("p_[a-z0-9_]{8}\\.s"), "mkstemp's name " + file);
            equal("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "mkstemp mode");
            os.write(r.fd(), "abc".getBytes(StandardCharsets.US_ASCII));
            equal("abc", Files.readString(file), "written through the fd");
        } finally {
            os.close(r.fd());
        }
        Path d = Path.of(tf.mkdtemp(in(dir)));
        check(Files.isDirectory(d), "mkdtemp made a directory");
        equal("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d)), "mkdtemp mode");
    }

    private static void temporaryFile(Os os, String dir) throws Exception {
        try (TemporaryFile f = Tempfile.of(os).temporaryFile(in(dir))) {
            f.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            equal(0L, os.fstat(f.fileno()).nlink(), "links");
            equal(3L, f.size(), "size");
            try (var entries = Files.list(Path.of(dir))) {
                equal(0L, entries.count(), "entries in dir");
            }
        }
    }

    private static void named(Os os, String dir) throws Exception {
        Tempfile tf = Tempfile.of(os);
        Path name;
        try (NamedTemporaryFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir))) {
            name = Path.of(f.name());
            f.outputStream().write('x');
            equal("x", Files.readString(name), "read by name");
            f.closeFile();
            check(!Files.exists(name), "delete_on_close: gone after close()");
        }
        try (NamedTemporaryFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir)
                .withDeleteOnClose(false))) {
            name = Path.of(f.name());
            f.closeFile();
            check(Files.exists(name), "delete_on_close=False: kept after close()");
        }
        check(!Files.exists(name), "removed on leaving the block");
        try (NamedTemporaryFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir).withDelete(false))) {
            name = Path.of(f.name());
        }
        check(Files.exists(name), "delete=False: kept");
    }

    private static void spooled(Os os, String dir) throws Exception {
        try (SpooledTemporaryFile f = Tempfile.of(os).spooledTemporaryFile(4, in(dir))) {
            f.write(ByteBuffer.wrap("abc".getBytes(StandardCharsets.US_ASCII)));
            check(!f.rolled(), "in memory up to max_size");
            f.write(ByteBuffer.wrap("de".getBytes(StandardCharsets.US_ASCII)));
            check(f.rolled(), "rolled over past max_size");
            equal(5L, os.lseek(f.fileno(), 0, os.SEEK_CUR()), "position kept");
            f.position(0);
            equal("abcde", new String(f.inputStream().readAllBytes(), StandardCharsets.US_ASCII), "data kept");
        }
    }

    private static void directory(Os os, String dir) throws Exception {
        Path outside = Files.createDirectory(Path.of(dir, "outside"));
        Files.writeString(outside.resolve("keep"), "kept");
        Path top;
        try (TemporaryDirectory td = Tempfile.of(os).temporaryDirectory(TempDirOptions.DEFAULT.withDir(dir))) {
            top = Path.of(td.name());
            Path sub = Files.createDirectories(top.resolve("a/b"));
            Files.writeString(sub.resolve("f"), "x");
            Files.createSymbolicLink(sub.resolve("out"), outside);
            os.chmod(sub.toString(), 0500);
            os.chmod(top.resolve("a").toString(), 0500);
        }
        check(!Files.exists(top), "tree removed");
        equal("kept", Files.readString(outside.resolve("keep")), "nothing removed beyond a symlink");
    }

    private static void gettempdir(Os os, String dir) throws Exception {
        Tempfile tf = Tempfile.of(os);
        String old = tf.tempdir();
        try {
            tf.tempdir(dir);
            equal(dir, tf.gettempdir(), "a set tempdir wins");
            equal(dir, Path.of(tf.mkdtemp()).getParent().toString(), "and is the default dir");
            tf.tempdir(null);
            check(Files.isDirectory(Path.of(tf.gettempdir())), "searched again: " + tf.gettempdir());
        } finally {
            tf.tempdir(old);
        }
        equal("tmp", tf.gettempprefix(), "gettempprefix");
        raises(IllegalArgumentException.class, () -> tf.mkstemp(in(dir).withPrefix("a\0")));
        raises(FileNotFoundOsException.class, () -> tf.temporaryFile(in(dir + "/missing")));
    }

    /** The codec table is a resource of the bundle: this also checks that the framework and module path find it. */
    private static void text(Os os, String dir) throws Exception {
        Tempfile tf = Tempfile.of(os);
        try (TemporaryTextFile f = tf.temporaryFile(in(dir), new TextOptions("Latin-1", "replace", null))) {
            equal(4, f.write("\u00e9\r\n\u20ac"), "code points written");
            equal("e90d0a3f", HexFormat.of().formatHex(os.pread(f.fileno(), 10, 0)), "bytes on disk");
            f.seek(0);
            equal("\u00e9\n", f.readline(), "universal newlines");
            long cookie = f.tell();
            equal("?", f.read(), "the rest");
            f.seek(cookie);
            equal("?", f.read(), "read again from a cookie");
            equal(List.of("\r\n"), f.newlines(), "newlines");
        }
        try (NamedTemporaryTextFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir),
                TextOptions.DEFAULT.withEncoding("utf-16"))) {
            f.write("a");
            equal("fffe6100", HexFormat.of().formatHex(Files.readAllBytes(Path.of(f.name()))), "utf-16");
        }
    }

    private static void bytesNames(Os os, String dir) throws Exception {
        byte[] dirb = os.fsencode(dir);
        byte[] head = Arrays.copyOf(dirb, dirb.length + 3);
        head[dirb.length] = '/';
        head[dirb.length + 1] = 'p';
        head[dirb.length + 2] = (byte) 0xff;
        try (TemporaryDirectory td = Tempfile.of(os).temporaryDirectory(BytesTempDirOptions.DEFAULT.withDir(dirb)
                .withPrefix(new byte[] {'p', (byte) 0xff}))) {
            check(Arrays.equals(head, Arrays.copyOf(td.nameb(), head.length)), "bytes name kept: " + td);
            check(td.toString().startsWith("<TemporaryDirectory b'"), "bytes repr: " + td);
            check(os.path().isdir(td.name()), "made"); // java.nio may not take the name: not UTF-8
        }
    }
}
