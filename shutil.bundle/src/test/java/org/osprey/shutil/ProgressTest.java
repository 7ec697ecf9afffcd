package org.osprey.shutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.testing.OpenFds;

/**
 * {@link Progress} on real trees, on the provider under test: every byte and entry heard, each file's size told
 * first, and a stop (interrupt or {@link Progress#cancelled()}) that leaves no partial file under a final name, no
 * descriptor open and a message saying what was in progress.
 */
class ProgressTest {
    /** Three of the 8 MiB chunks a listened kernel copy makes. */
    private static final int BIG = 20 * 1024 * 1024 + 12345;

    private final Shutil shutil = Shutil.get();
    @TempDir
    Path tmp;

    /** Everything a listener hears, in order. */
    private static final class Heard implements Progress {
        final Map<String, Long> sizes = Collections.synchronizedMap(new TreeMap<>());
        final List<String> entries = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void file(String path, long size) {
            assertEquals(null, sizes.put(path, size), "told twice: " + path);
        }

        @Override
        public void bytes(long n) {
            assertTrue(n > 0, "a chunk of " + n);
            bytes.addAndGet(n);
        }

        @Override
        public void entry(String path) {
            entries.add(path);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** A tree of files of several sizes (one of several chunks), a symlink, an empty directory. */
    private Path tree(String name) throws IOException {
        Path root = tmp.resolve(name);
        Files.createDirectories(root.resolve("a/b/c"));
        Files.createDirectories(root.resolve("empty"));
        Files.write(root.resolve("top.bin"), randomBytes(3 * 65536 + 7));
        Files.write(root.resolve("a/one"), randomBytes(1));
        Files.write(root.resolve("a/zero"), new byte[0]);
        Files.write(root.resolve("a/b/c/deep"), randomBytes(100_000));
        for (int i = 0; i < 20; i++) {
            Files.write(root.resolve("a/b/f" + i), randomBytes(1000 + i));
        }
        Files.createSymbolicLink(root.resolve("a/link"), Path.of("one"));
        return root;
    }

    /** Each regular file below {@code root} (following links, as copytree does by default) with its size. */
    private static Map<String, Long> sizes(Path root, Path as) throws IOException {
        return sizes(root, as, true);
    }

    private static Map<String, Long> sizes(Path root, Path as, boolean followLinks) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        LinkOption[] follow = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(p -> Files.isRegularFile(p, follow)).toList()) {
                sizes.put(as.resolve(root.relativize(p)).toString(), Files.size(p));
            }
        }
        return sizes;
    }

    private static long sum(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }

    private static List<String> entriesBelow(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(Path::toString).sorted().toList();
        }
    }

    private String p(String name) {
        return tmp.resolve(name).toString();
    }

    @Test
    void copyCopy2AndCopyfileTellTheSizeThenEveryByte() throws Exception {
        byte[] data = randomBytes(BIG);
        Files.write(tmp.resolve("src"), data);
        for (String how : List.of("copyfile", "copy", "copy2")) {
            Heard heard = new Heard();
            CopyOptions options = CopyOptions.DEFAULT.withProgress(heard);
            String dst = p("dst-" + how);
            switch (how) {
                case "copyfile" -> shutil.copyfile(p("src"), dst, options);
                case "copy" -> shutil.copy(p("src"), dst, options);
                default -> shutil.copy2(p("src"), dst, options);
            }
            assertEquals(Map.of(dst, (long) BIG), heard.sizes, how);
            assertEquals(BIG, heard.bytes.get(), how);
            assertEquals(BIG, Files.size(Path.of(dst)), how);
        }
    }

    @Test
    void copytreeHearsEveryFilesBytesWithCopy2AndWithACopyFunction() throws Exception {
        Path src = tree("src");
        for (boolean custom : List.of(false, true)) {
            Path dst = tmp.resolve(custom ? "custom" : "copy2");
            Heard heard = new Heard();
            CopytreeOptions options = CopytreeOptions.DEFAULT.withProgress(heard);
            if (custom) {
                options = options.withCopyFunction(shutil::copy);
            }
            shutil.copytree(src.toString(), dst.toString(), options);
            Map<String, Long> copied = sizes(dst, dst);
            assertEquals(sizes(src, dst), copied, "the copy itself");
            assertEquals(copied, heard.sizes, "each file's size, told as it starts");
            assertEquals(sum(copied), heard.bytes.get(), "bytes heard against the files' sizes");
            assertEquals(entriesBelow(dst), heard.entries.stream().sorted().toList(), "entries");
        }
    }

    @Test
    void moveAcrossFileSystemsHearsTheCopyAndTheRemoval() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(tmp)), "needs a second file system");
        Path src = tree("src");
        Map<String, Long> expected;
        List<String> removed = new ArrayList<>(entriesBelow(src));
        removed.add(src.toString());
        Path there = Files.createTempDirectory(shm, "osprey-progress");
        try {
            Path dst = there.resolve("moved");
            expected = sizes(src, dst, false); // move copies symlinks as symlinks
            Heard heard = new Heard();
            shutil.move(src.toString(), dst.toString(), MoveOptions.DEFAULT.withProgress(heard));
            assertEquals(expected, heard.sizes);
            assertEquals(sum(expected), heard.bytes.get());
            List<String> entries = new ArrayList<>(entriesBelow(dst));
            entries.addAll(removed);
            entries.add(dst.toString()); // the move itself
            assertEquals(entries.stream().sorted().toList(), heard.entries.stream().sorted().toList());
        } finally {
            shutil.rmtree(there.toString());
        }
    }

    @Test
    void rmtreeHearsEveryEntry() throws Exception {
        Path src = tree("src");
        List<String> expected = new ArrayList<>(entriesBelow(src));
        expected.add(src.toString());
        Heard heard = new Heard();
        shutil.rmtree(src.toString(), RmtreeOptions.DEFAULT.withProgress(heard));
        assertEquals(expected.stream().sorted().toList(), heard.entries.stream().sorted().toList());
        assertFalse(Files.exists(src, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void archivesTellEachMembersSize() throws Exception {
        Path src = tree("src");
        long total = sum(sizes(src, src)) - Files.size(src.resolve("a/one")); // the tar stores the link as a link
        for (String format : List.of("gztar", "zip")) {
            Heard made = new Heard();
            String archive = shutil.makeArchive(p("out-" + format), format,
                    MakeArchiveOptions.DEFAULT.withRootDir(src.toString()).withProgress(made));
            long expected = format.equals("zip") ? total + Files.size(src.resolve("a/one")) : total;
            assertEquals(expected, made.bytes.get(), format);
            assertEquals(expected, sum(made.sizes), format);
            Heard unpacked = new Heard();
            shutil.unpackArchive(archive, p("in-" + format), UnpackOptions.DEFAULT.withProgress(unpacked));
            assertEquals(expected, unpacked.bytes.get(), format);
            assertEquals(expected, sum(unpacked.sizes), format + ": each member's size told");
        }
    }

    @Test
    void progressFactoriesComposeAndHearOnlyTheirs() {
        List<String> heard = new ArrayList<>();
        Progress p = Progress.onFile((path, size) -> heard.add("file " + path + " " + size))
                .and(Progress.onBytes(n -> heard.add("bytes " + n)))
                .and(Progress.onEntry(path -> heard.add("entry " + path)));
        p.file("f", 3);
        p.bytes(3);
        p.entry("f");
        assertEquals(List.of("file f 3", "bytes 3", "entry f"), heard);
        assertFalse(p.cancelled());
        boolean[] stop = {false};
        Progress cancellable = p.and(Progress.cancelWhen(() -> stop[0]));
        assertFalse(cancellable.cancelled());
        stop[0] = true;
        assertTrue(cancellable.cancelled());
    }

    // ---- stopping ----

    /** Cancels once {@code afterBytes} were heard. */
    private static Progress cancelAfter(long afterBytes) {
        AtomicLong seen = new AtomicLong();
        return Progress.onBytes(seen::addAndGet).and(Progress.cancelWhen(() -> seen.get() >= afterBytes));
    }

    @Test
    void copyfileCancelledMidwayRemovesThePartialFileAndSaysSo() throws Exception {
        Files.write(tmp.resolve("src"), randomBytes(BIG));
        List<String> before = OpenFds.described();
        InterruptedIOException e = assertThrows(InterruptedIOException.class,
                () -> shutil.copy2(p("src"), p("dst"), CopyOptions.DEFAULT.withProgress(cancelAfter(1))));
        assertTrue(e.getMessage().startsWith("cancelled while copying '" + p("src") + "' to '" + p("dst")
                + "' after "), e.getMessage());
        assertTrue(e.getMessage().contains(" of " + BIG + " bytes; the partial '" + p("dst") + "' was removed"),
                e.getMessage());
        assertTrue(e.bytesTransferred > 0 && e.bytesTransferred < BIG, "bytesTransferred " + e.bytesTransferred);
        assertFalse(Files.exists(tmp.resolve("dst")));
        assertEquals(List.of(), OpenFds.openedSince(before));
    }

    @Test
    void copyfileInterruptedFromAnotherThreadStopsBetweenChunks() throws Exception {
        Files.write(tmp.resolve("src"), randomBytes(BIG));
        CountDownLatch copying = new CountDownLatch(1);
        Progress waitForTheInterrupt = Progress.onBytes(n -> {
            copying.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        List<String> before = OpenFds.described();
        Thread worker = new Thread(() -> {
            try {
                shutil.copyfile(p("src"), p("dst"), CopyOptions.DEFAULT.withProgress(waitForTheInterrupt));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        copying.await();
        worker.interrupt();
        worker.join();
        InterruptedIOException e = assertInstanceOf(InterruptedIOException.class, thrown.get());
        assertTrue(e.getMessage().startsWith("interrupted while copying '" + p("src") + "'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; the partial '" + p("dst") + "' was removed"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("dst")));
        assertEquals(List.of(), OpenFds.openedSince(before));
    }

    @Test
    void copytreeInterruptedLeavesOnlyWholeFilesAndClosesEverything() throws Exception {
        Path src = tree("src");
        Files.write(src.resolve("a/big"), randomBytes(BIG));
        Path dst = tmp.resolve("dst");
        // the working thread interrupted (here by its own listener) while copying a/big
        Progress interruptInBig = new Progress() {
            @Override
            public void file(String path, long size) {
                if (path.endsWith("/big")) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        List<String> before = OpenFds.described();
        InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> shutil.copytree(
                src.toString(), dst.toString(), CopytreeOptions.DEFAULT.withProgress(interruptInBig)));
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed by the exception");
        assertTrue(e.getMessage().startsWith("interrupted while copying '" + src.resolve("a/big") + "' to '"
                + dst.resolve("a/big") + "' after "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; the partial '" + dst.resolve("a/big") + "' was removed"
                + "; what was copied before stays in '" + dst + "'"), e.getMessage());
        assertFalse(Files.exists(dst.resolve("a/big")));
        Map<String, Long> copied = sizes(dst, dst);
        Map<String, Long> whole = sizes(src, dst);
        copied.forEach((file, size) -> assertEquals(whole.get(file), size, file + " copied whole"));
        assertEquals(List.of(), OpenFds.openedSince(before));
    }

    @Test
    void copyfileobjCancelledSaysHowFarItGot() {
        byte[] data = randomBytes(10_000);
        InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> shutil.copyfileobj(
                new ByteArrayInputStream(data), new ByteArrayOutputStream(),
                CopyfileobjOptions.DEFAULT.withLength(1000).withProgress(cancelAfter(3000))));
        assertEquals("cancelled while copying a stream after 3000 bytes", e.getMessage());
        assertEquals(3000, e.bytesTransferred);
    }

    @Test
    void rmtreeCancelledClosesEveryDescriptorAndSaysWhatStays() throws Exception {
        Path src = tree("src");
        AtomicLong removed = new AtomicLong();
        Progress stopAfterFive = Progress.onEntry(path -> removed.incrementAndGet())
                .and(Progress.cancelWhen(() -> removed.get() >= 5));
        List<String> before = OpenFds.described();
        InterruptedIOException e = assertThrows(InterruptedIOException.class,
                () -> shutil.rmtree(src.toString(), RmtreeOptions.DEFAULT.withProgress(stopAfterFive)));
        assertTrue(e.getMessage().matches("cancelled while removing '" + src + "/.*'; what was not removed yet "
                + "stays in '" + src + "'"), e.getMessage());
        assertEquals(5, removed.get());
        assertTrue(Files.exists(src));
        assertEquals(List.of(), OpenFds.openedSince(before));
    }

    @Test
    void makeArchiveCancelledRemovesThePartialArchive() throws Exception {
        Path src = tree("src");
        Files.write(src.resolve("a/big"), randomBytes(BIG));
        for (String format : List.of("gztar", "zip")) {
            List<String> before = OpenFds.described();
            String base = p("out-" + format);
            InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> shutil.makeArchive(base,
                    format, MakeArchiveOptions.DEFAULT.withRootDir(src.toString()).withProgress(cancelAfter(BIG / 2))));
            String archive = base + (format.equals("zip") ? ".zip" : ".tar.gz");
            assertTrue(e.getMessage().startsWith("cancelled while archiving '"), e.getMessage());
            assertTrue(e.getMessage().endsWith("; the partial '" + archive + "' was removed"), e.getMessage());
            assertFalse(Files.exists(Path.of(archive)), archive);
            assertEquals(List.of(), OpenFds.openedSince(before), format);
        }
    }

    @Test
    void unpackArchiveCancelledRemovesThePartialMember() throws Exception {
        Path src = tree("src");
        Files.write(src.resolve("a/big"), randomBytes(BIG));
        for (String format : List.of("gztar", "zip")) {
            String archive = shutil.makeArchive(p("out-" + format), format,
                    MakeArchiveOptions.DEFAULT.withRootDir(src.toString()));
            Path into = tmp.resolve("in-" + format);
            List<String> before = OpenFds.described();
            InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> shutil.unpackArchive(
                    archive, into.toString(), UnpackOptions.DEFAULT.withProgress(cancelAfter(BIG / 2))));
            assertTrue(e.getMessage().matches("cancelled while extracting '(\\./)?a/big' after \\d+ of " + BIG
                    + " bytes; the partial '(\\./)?a/big' was removed; the members extracted before stay in '"
                    + into + "'"), e.getMessage());
            assertFalse(Files.exists(into.resolve("a/big")), format);
            Map<String, Long> whole = sizes(src, into);
            sizes(into, into).forEach((file, size) -> assertEquals(whole.get(file), size, file + " whole"));
            assertEquals(List.of(), OpenFds.openedSince(before), format);
        }
    }
}
