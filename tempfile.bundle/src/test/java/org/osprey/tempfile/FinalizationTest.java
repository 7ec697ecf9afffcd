package org.osprey.tempfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.testing.OpenFds;
import org.osprey.testing.Python;

/**
 * Objects dropped without being closed are cleaned up when the garbage collector finds them, as CPython's
 * finalizers do, with CPython's {@code ResourceWarning} text logged (the platform logger's default backend is
 * {@code java.util.logging}, where a handler catches it). Each object is made in a method of its own, so that no
 * reference to it survives; then the test collects until the cleaner has acted, for at most {@link #PATIENCE_MS}.
 */
class FinalizationTest {
    private static final long PATIENCE_MS = 20_000;
    // held here: java.util.logging keeps loggers only weakly, and the handler must stay on this one
    private static final Logger LOG = Logger.getLogger("org.osprey.tempfile");

    private final Os os = Os.get();
    private final Tempfile tf = Tempfile.of(os);
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    @TempDir
    Path tmp;

    @BeforeEach
    void listen() {
        LOG.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        LOG.removeHandler(handler);
    }

    private static void collectUntil(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!done.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "not cleaned up after " + PATIENCE_MS + " ms: " + what);
            System.gc();
            Thread.sleep(10);
        }
    }

    /** The warnings logged that mention {@code text}. */
    private List<String> warningsAbout(String text) {
        List<String> found = new ArrayList<>();
        synchronized (records) {
            for (LogRecord r : records) {
                if (r.getMessage().contains(text)) {
                    assertEquals(Level.WARNING, r.getLevel(), r.getMessage());
                    found.add(r.getMessage());
                }
            }
        }
        return found;
    }

    private boolean closed(int fd, String target) {
        return Descriptors.closed(os, fd, target);
    }

    private String dir() {
        return tmp.toString();
    }

    // ---- each of these makes an object and lets it go ----

    private String droppedDirectory(TempDirOptions options) throws Exception {
        TemporaryDirectory td = tf.temporaryDirectory(options);
        os.makedirs(td.name() + "/a/b");
        Files.writeString(Path.of(td.name(), "a/b/f"), "x");
        os.chmod(td.name() + "/a/b", 0500); // as CPython's finalizer, it gets past a read-only directory
        return td.name();
    }

    private int[] droppedTemporaryFile() throws Exception {
        TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(dir()));
        f.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        return new int[] {f.fileno()};
    }

    private Object[] droppedNamed(NamedTempOptions options, boolean closeFirst) throws Exception {
        NamedTemporaryFile f = tf.namedTemporaryFile(options.withDir(dir()));
        f.write(ByteBuffer.wrap(new byte[] {1}));
        int fd = f.fileno();
        if (closeFirst) {
            f.closeFile();
        }
        return new Object[] {fd, f.name()};
    }

    /** The warning the object will give (CPython's, with an identity hash as the address), and its fd if rolled. */
    private Object[] droppedSpooled(boolean rolled) throws Exception {
        SpooledTemporaryFile f = tf.spooledTemporaryFile(0, TempOptions.DEFAULT.withDir(dir()));
        f.write(ByteBuffer.wrap(new byte[] {1}));
        String warning = "Unclosed file <tempfile.SpooledTemporaryFile object at 0x"
                + Integer.toHexString(System.identityHashCode(f)) + ">";
        return new Object[] {warning, rolled ? f.fileno() : -1};
    }

    private int droppedTextFile(String encoding) throws Exception {
        TemporaryTextFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(dir()),
                TextOptions.DEFAULT.withEncoding(encoding));
        f.write("\u00e9t\u00e9");
        return f.fileno();
    }

    private Object[] droppedNamedText() throws Exception {
        NamedTemporaryTextFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir()), TextOptions.DEFAULT);
        f.write("x");
        return new Object[] {f.fileno(), f.name()};
    }

    private Object[] droppedSpooledText() throws Exception {
        SpooledTemporaryTextFile f = tf.spooledTemporaryFile(2, TempOptions.DEFAULT.withDir(dir()),
                TextOptions.DEFAULT);
        f.write("rolled over");
        String warning = "Unclosed file <tempfile.SpooledTemporaryFile object at 0x"
                + Integer.toHexString(System.identityHashCode(f)) + ">";
        return new Object[] {warning, f.fileno()};
    }

    // ---- the tests ----

    @Test
    void aTemporaryDirectoryIsRemovedWithItsTreeAndWarnsAsCpython() throws Exception {
        String name = droppedDirectory(TempDirOptions.DEFAULT.withDir(dir()).withPrefix("it's "));
        String expected = Python.require313().run("import sys, tempfile\n"
                + "class TemporaryDirectory(tempfile.TemporaryDirectory):\n"
                + "    def __init__(self, name): self.name = name\n"
                + "print('Implicitly cleaning up {!r}'.format(TemporaryDirectory(sys.argv[1])))", name).strip();
        collectUntil(() -> !os.path().lexists(name) && !warningsAbout(name).isEmpty(), name);
        assertEquals(List.of(expected), warningsAbout(name));
    }

    @Test
    void aTemporaryDirectoryWithDeleteFalseIsKeptSilently() throws Exception {
        String kept = droppedDirectory(TempDirOptions.DEFAULT.withDir(dir()).withDelete(false));
        String companion = droppedDirectory(TempDirOptions.DEFAULT.withDir(dir()));
        collectUntil(() -> !os.path().lexists(companion), "the companion directory");
        assertTrue(os.path().isdir(kept));
        assertEquals(List.of(), warningsAbout(kept));
    }

    @Test
    void aTemporaryFileClosesItsDescriptorAndWarnsAsCpythonsUnbufferedFile() throws Exception {
        assumeTrue(OpenFds.available());
        int fd = droppedTemporaryFile()[0];
        String target = Descriptors.target(os, fd);
        assertNotNull(target);
        String warning = "unclosed file <_io.FileIO name=" + fd + " mode='rb+' closefd=True>";
        collectUntil(() -> closed(fd, target) && !warningsAbout(warning).isEmpty(), warning);
        assertEquals(List.of(warning), warningsAbout(warning));
    }

    /** CPython's text file warns with its own repr, which names the encoding as given. */
    @Test
    void textFilesWarnAsCpythonsTextIoWrapperAndCloseTheirDescriptor() throws Exception {
        assumeTrue(OpenFds.available());
        int fd = droppedTextFile("Latin-1");
        String target = Descriptors.target(os, fd);
        Object[] named = droppedNamedText();
        String namedTarget = Descriptors.target(os, (int) named[0]);
        Object[] spooled = droppedSpooledText();
        String spooledTarget = Descriptors.target(os, (int) spooled[1]);
        String expected = Python.require313().run("import gc, tempfile, warnings\n"
                + "with warnings.catch_warnings(record=True) as caught:\n"
                + "    warnings.simplefilter('always')\n"
                + "    f = tempfile.TemporaryFile('w+', encoding='Latin-1'); fd = f.fileno()\n"
                + "    del f; gc.collect()\n"
                + "print(str(caught[0].message).replace('name=%d ' % fd, 'name=FD '))").strip();
        String warning = expected.replace("name=FD ", "name=" + fd + " ");
        collectUntil(() -> closed(fd, target) && !warningsAbout(warning).isEmpty()
                && !os.path().lexists((String) named[1]) && closed((int) named[0], namedTarget)
                && !warningsAbout((String) spooled[0]).isEmpty() && closed((int) spooled[1], spooledTarget),
                "text files");
        assertEquals(List.of(warning), warningsAbout(warning));
        assertEquals(List.of(), warningsAbout((String) named[1]));
        assertEquals(List.of(), warningsAbout("name=" + named[0] + " "));
        assertEquals(List.of(), warningsAbout("name=" + spooled[1] + " "), "closed by the spooled file, quietly");
    }

    /** CPython's {@code _TemporaryFileCloser.__del__} closes and removes the file, and warns about nothing. */
    @Test
    void aNamedTemporaryFileIsClosedAndRemovedSilentlyUnlessDeleteIsFalse() throws Exception {
        assumeTrue(OpenFds.available());
        Object[] removed = droppedNamed(NamedTempOptions.DEFAULT, false);
        Object[] afterClose = droppedNamed(NamedTempOptions.DEFAULT.withDeleteOnClose(false), true);
        Object[] kept = droppedNamed(NamedTempOptions.DEFAULT.withDelete(false), false);
        List<String> targets = new ArrayList<>();
        for (Object[] f : List.of(removed, afterClose, kept)) {
            targets.add(Descriptors.target(os, (int) f[0]));
        }
        collectUntil(() -> !os.path().lexists((String) removed[1]) && !os.path().lexists((String) afterClose[1])
                && closed((int) removed[0], targets.get(0)) && closed((int) kept[0], targets.get(2)),
                "named files");
        assertTrue(os.path().isfile((String) kept[1]), "delete=False: kept, but its descriptor is closed");
        for (Object[] f : List.of(removed, afterClose, kept)) {
            assertEquals(List.of(), warningsAbout((String) f[1]));
            assertEquals(List.of(), warningsAbout("name=" + f[0] + " "));
        }
    }

    @Test
    void aSpooledTemporaryFileWarnsInMemoryAndClosesItsDescriptorOnceRolled() throws Exception {
        String inMemory = (String) droppedSpooled(false)[0];
        Object[] rolled = droppedSpooled(true);
        int fd = (int) rolled[1];
        String target = OpenFds.available() ? Descriptors.target(os, fd) : null;
        collectUntil(() -> !warningsAbout(inMemory).isEmpty() && !warningsAbout((String) rolled[0]).isEmpty()
                && (target == null || closed(fd, target)), "spooled files");
        assertEquals(List.of(inMemory), warningsAbout(inMemory));
        assertEquals(List.of(rolled[0]), warningsAbout((String) rolled[0]));
        assertEquals(List.of(), warningsAbout("name=" + fd + " "), "the rolled file is closed by its owner, quietly");
    }

    /**
     * After an explicit close the cleaner has nothing left to do: the descriptor number, the file name and the
     * directory name, reused by new objects, are not closed or removed a second time when the old objects are
     * collected, and nothing is logged about them.
     */
    @Test
    void closedObjectsAreNotCleanedAgain() throws Exception {
        assumeTrue(OpenFds.available());
        List<WeakReference<Object>> closedOnes = new ArrayList<>();
        int fd = closedTemporaryFile(closedOnes);
        int reused = os.open(dir() + "/reuse", os.O_RDWR() | os.O_CREAT(), 0600);
        String holder = Descriptors.target(os, fd); // ours, as the lowest free number, unless another thread was quicker
        String name = closedNamed(closedOnes);
        Files.writeString(Path.of(name), "new");
        String dirName = closedDirectory(closedOnes);
        os.mkdir(dirName);
        try {
            assertNotNull(holder, "the number was taken again");
            String companion = droppedDirectory(TempDirOptions.DEFAULT.withDir(dir()));
            collectUntil(() -> closedOnes.stream().allMatch(r -> r.get() == null) && !os.path().lexists(companion),
                    "closed objects");
            assertEquals(holder, Descriptors.target(os, fd));
            assertEquals("new", Files.readString(Path.of(name)));
            assertTrue(os.path().isdir(dirName));
            assertEquals(List.of(), warningsAbout(dirName));
            assertEquals(List.of(), warningsAbout("name=" + fd + " "));
        } finally {
            os.close(reused);
        }
    }

    private int closedTemporaryFile(List<WeakReference<Object>> refs) throws Exception {
        TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(dir()));
        int fd = f.fileno();
        f.close();
        refs.add(new WeakReference<>(f));
        return fd;
    }

    private String closedNamed(List<WeakReference<Object>> refs) throws Exception {
        NamedTemporaryFile f = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir()));
        f.close();
        assertFalse(os.path().lexists(f.name()));
        refs.add(new WeakReference<>(f));
        return f.name();
    }

    private String closedDirectory(List<WeakReference<Object>> refs) throws Exception {
        TemporaryDirectory td = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(dir()));
        td.close();
        refs.add(new WeakReference<>(td));
        return td.name();
    }

    /** Many threads closing one object at once: the descriptor is closed once (a second close would fail). */
    @Test
    void concurrentClosesCloseOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                TemporaryFile f = tf.temporaryFile(TempOptions.DEFAULT.withDir(dir()));
                NamedTemporaryFile n = tf.namedTemporaryFile(NamedTempOptions.DEFAULT.withDir(dir()));
                TemporaryDirectory d = tf.temporaryDirectory(TempDirOptions.DEFAULT.withDir(dir()));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> closes = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    closes.add(pool.submit(() -> {
                        start.await();
                        f.close();
                        n.close();
                        d.close();
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> c : closes) {
                    c.get();
                }
                assertFalse(f.isOpen());
                assertNull(os.path().lexists(n.name()) ? n.name() : null);
                assertFalse(os.path().lexists(d.name()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), os.listdir(dir()));
    }
}
