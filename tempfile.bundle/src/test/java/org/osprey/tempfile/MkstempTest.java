package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osprey.kit.Supported;
import org.osprey.os.Os;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.testing.OpenFds;

/** {@code mkstemp}, {@code mkdtemp} and {@code mktemp}: names, modes, absolute paths, many threads at once. */
class MkstempTest {
    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    @TempDir
    Path tmp;

    private static final Pattern NAME = Pattern.compile("pre[a-z0-9_]{8}\\.suf");

    private TempOptions named() {
        return TempOptions.DEFAULT.withPrefix("pre").withSuffix(".suf").withDir(tmp.toString());
    }

    /** Runs {@code body} with the umask set to {@code umask}, or left as the process has it where that is -1. */
    private void withUmask(int umask, Supported.Run body) throws Exception {
        if (umask == -1) {
            body.run();
            return;
        }
        int old = Supported.of(os).call("umask", () -> os.umask(umask));
        try {
            body.run();
        } finally {
            os.umask(old);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 022})
    void mkstempCreatesAnOwnerOnlyRegularFileWhateverTheUmask(int umask) throws Exception {
        withUmask(umask, () -> {
            MkstempResult r = tf.mkstemp(named());
            try {
                assertEquals(tmp.toString(), os.path().dirname(r.name()));
                assertTrue(NAME.matcher(os.path().basename(r.name())).matches(), r.name());
                StatResult st = os.stat(r.name());
                assertTrue(st.isRegularFile());
                assertEquals(0600, Stat.S_IMODE(st.mode()));
                assertEquals(0, st.size());
                assertTrue(os.path().samestat(st, os.fstat(r.fd())), "the fd is the file named");
                assertFalse(os.getInheritable(r.fd()), "O_CLOEXEC");
                os.write(r.fd(), new byte[] {1, 2, 3});
                assertEquals(3, os.stat(r.name()).size(), "opened for writing");
                os.lseek(r.fd(), 0, os.SEEK_SET());
                assertEquals(3, os.read(r.fd(), 10).length, "and for reading");
            } finally {
                os.close(r.fd());
            }
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 022})
    void mkdtempCreatesAnOwnerOnlyDirectoryWhateverTheUmask(int umask) throws Exception {
        withUmask(umask, () -> {
            String dir = tf.mkdtemp(named());
            assertEquals(tmp.toString(), os.path().dirname(dir));
            assertTrue(NAME.matcher(os.path().basename(dir)).matches(), dir);
            StatResult st = os.lstat(dir);
            assertTrue(st.isDir());
            assertEquals(0700, Stat.S_IMODE(st.mode()));
            assertEquals(List.of(), os.listdir(dir));
        });
    }

    @Test
    void defaultsArePrefixTmpNoSuffixAndGettempdir() throws Exception {
        MkstempResult r = tf.mkstemp();
        try {
            assertEquals(tf.gettempdir(), os.path().dirname(r.name()));
            assertTrue(os.path().basename(r.name()).matches("tmp[a-z0-9_]{8}"), r.name());
        } finally {
            os.close(r.fd());
            os.unlink(r.name());
        }
        String dir = tf.mkdtemp();
        try {
            assertTrue(os.path().basename(dir).matches("tmp[a-z0-9_]{8}"), dir);
        } finally {
            os.rmdir(dir);
        }
    }

    /** Since 3.12 both return absolute paths even for a relative dir. */
    @Test
    void aRelativeDirGivesAnAbsolutePath() throws Exception {
        String cwd = os.getcwd();
        Supported.of(os).run("chdir", () -> os.chdir(tmp.toString()));
        try {
            os.mkdir("sub");
            MkstempResult r = tf.mkstemp(TempOptions.DEFAULT.withDir("sub"));
            os.close(r.fd());
            assertEquals(tmp.resolve("sub").toString(), os.path().dirname(r.name()));
            String d = tf.mkdtemp(TempOptions.DEFAULT.withDir("sub"));
            assertEquals(tmp.resolve("sub").toString(), os.path().dirname(d));
            @SuppressWarnings("deprecation")
            String name = tf.mktemp(TempOptions.DEFAULT.withDir("sub"));
            assertEquals("sub", os.path().dirname(name), "mktemp joins as given, as in Python");
        } finally {
            os.chdir(cwd);
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void mktempNamesAFileThatDoesNotExistAndCreatesNothing() throws Exception {
        String name = tf.mktemp(named());
        assertTrue(NAME.matcher(os.path().basename(name)).matches(), name);
        assertFalse(os.path().lexists(name));
        assertEquals(List.of(), os.listdir(tmp.toString()));
    }

    @Test
    void textChangesNothingOnPosix() throws Exception {
        MkstempResult r = tf.mkstemp(named().withText(true));
        try {
            assumeTrue(OpenFds.target(r.fd()) != null, () -> "descriptor " + r.fd() + " is not the kernel's: provider "
                    + os.providerId() + " keeps its own, whose flags /proc/self/fdinfo cannot show");
            assertEquals(os.O_RDWR(), OpenFds.flags(r.fd()) & os.O_ACCMODE());
            assertEquals(0, OpenFds.flags(r.fd()) & os.O_APPEND());
        } finally {
            os.close(r.fd());
        }
    }

    @Test
    void aMissingDirectoryFailsWithItsErrno() {
        String missing = tmp.resolve("missing").toString();
        var e = assertThrows(org.osprey.os.FileNotFoundOsException.class,
                () -> tf.mkstemp(TempOptions.DEFAULT.withDir(missing)));
        assertTrue(e.filename().startsWith(missing + "/tmp"), e.filename());
        assertThrows(org.osprey.os.FileNotFoundOsException.class,
                () -> tf.mkdtemp(TempOptions.DEFAULT.withDir(missing)));
    }

    /** In memory where Linux offers it: thousands of creations on a disk file system take seconds. */
    @Test
    void thousandsOfConcurrentCreationsNeverCollideNorFail() throws Exception {
        String base = os.path().isdir("/dev/shm") && os.access("/dev/shm", Os.W_OK) ? "/dev/shm" : tmp.toString();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (TemporaryDirectory dir = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(base))) {
            List<Future<List<String>>> work = new ArrayList<>();
            TempOptions options = TempOptions.DEFAULT.withDir(dir.name());
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(repeat(500, () -> {
                    MkstempResult r = tf.mkstemp(options);
                    os.close(r.fd());
                    return r.name();
                })));
                work.add(pool.submit(repeat(200, () -> tf.mkdtemp(options))));
            }
            Set<String> names = new HashSet<>();
            for (Future<List<String>> f : work) {
                names.addAll(f.get());
            }
            assertEquals(8 * 500 + 8 * 200, names.size(), "every name distinct");
            assertEquals(names.size(), os.listdir(dir.name()).size(), "every one created");
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<String>> repeat(int n, Callable<String> call) {
        return () -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(call.call());
            }
            return out;
        };
    }
}
