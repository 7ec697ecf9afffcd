package org.osprey.kit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Pipe;
import org.osprey.os.spi.OsProvider;
import org.osprey.testing.Python;

/**
 * {@code os.read(fd, n)} and {@code os.pread} with an {@code n} far beyond the data, as Python code writes
 * {@code os.read(fd, sys.maxsize)}: the answer is what one {@code read(2)} returns, and the memory is what that
 * needs, not {@code n} bytes.
 */
public abstract class HugeReadKit extends ProviderKit {
    protected HugeReadKit(OsProvider provider) {
        super(provider);
    }

    private static final int HUGE = Integer.MAX_VALUE;
    @TempDir
    Path tmp;

    private static byte[] data(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private int openRead(Path file) throws OsException {
        return os.open(file.toString(), os.O_RDONLY());
    }

    /** What CPython's {@code os.read(fd, 2**31 - 1)} returns from the start of the file, one call after another. */
    private static List<Integer> pythonReadSizes(Path file) {
        List<Integer> sizes = new ArrayList<>();
        for (String line : Python.lines("import os, sys\nfd = os.open(sys.argv[1], os.O_RDONLY)\n"
                + "while True:\n    n = len(os.read(fd, 2**31 - 1))\n    print(n)\n    if n == 0: break",
                file.toString())) {
            sizes.add(Integer.parseInt(line));
        }
        return sizes;
    }

    @Test
    void aRegularFileComesBackWholeAsInPython() throws Exception {
        for (int size : new int[] {0, 10, 64 * 1024, 64 * 1024 + 1, 3 * 1024 * 1024 + 7}) {
            Path file = tmp.resolve("f" + size);
            byte[] content = data(size, size);
            Files.write(file, content);
            List<Integer> sizes = new ArrayList<>();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            int fd = openRead(file);
            try {
                byte[] got;
                do {
                    got = os.read(fd, HUGE);
                    sizes.add(got.length);
                    all.write(got);
                } while (got.length > 0);
                assertArrayEquals(new byte[0], os.read(fd, HUGE), "at end of file, again");
            } finally {
                os.close(fd);
            }
            assertEquals(pythonReadSizes(file), sizes, "read sizes for a file of " + size);
            assertArrayEquals(content, all.toByteArray());
        }
    }

    @Test
    void preadReturnsTheRestFromTheOffset() throws Exception {
        Path file = tmp.resolve("f");
        byte[] content = data(200_000, 1);
        Files.write(file, content);
        int fd = openRead(file);
        try {
            assertArrayEquals(content, os.pread(fd, HUGE, 0));
            byte[] tail = os.pread(fd, HUGE, 150_000);
            assertEquals(50_000, tail.length);
            assertEquals(content[150_000], tail[0]);
            assertArrayEquals(new byte[0], os.pread(fd, HUGE, 200_000), "at end of file");
            assertArrayEquals(new byte[0], os.pread(fd, HUGE, 1L << 40), "far past the end");
            assertEquals(0, os.lseek(fd, 0, os.SEEK_CUR()), "pread leaves the position alone");
        } finally {
            os.close(fd);
        }
    }

    @Test
    void aFileThatGrowsAtItsEndStillReads() throws Exception {
        Path file = tmp.resolve("log");
        Files.write(file, "first\n".getBytes(UTF_8));
        int fd = openRead(file);
        try {
            assertEquals("first\n", new String(os.read(fd, HUGE), UTF_8));
            assertArrayEquals(new byte[0], os.read(fd, HUGE));
            Files.write(file, "second\n".getBytes(UTF_8), StandardOpenOption.APPEND);
            assertEquals("second\n", new String(os.read(fd, HUGE), UTF_8));
        } finally {
            os.close(fd);
        }
    }

    @Test
    void aPipeGivesWhatItHolds() throws Exception {
        Pipe pipe = os.pipe();
        try {
            os.write(pipe.write(), "ten bytes!".getBytes(UTF_8));
            assertEquals("ten bytes!", new String(os.read(pipe.read(), HUGE), UTF_8));
            byte[] full = data(60_000, 2); // below the default 64 KiB pipe capacity, so one write takes it all
            assertEquals(full.length, os.write(pipe.write(), full));
            assertArrayEquals(full, os.read(pipe.read(), HUGE));
            os.close(pipe.write());
            assertArrayEquals(new byte[0], os.read(pipe.read(), HUGE), "b'' once the writer is gone");
        } finally {
            os.close(pipe.read());
            try {
                os.close(pipe.write());
            } catch (OsException alreadyClosed) {
                assertEquals(9, alreadyClosed.errno());
            }
        }
    }

    @Test
    void aNegativeCountIsRefusedAndZeroStillChecksTheDescriptor() throws Exception {
        Path file = tmp.resolve("f");
        Files.write(file, data(10, 3));
        int fd = openRead(file);
        try {
            // CPython: OSError(EINVAL), not ValueError
            for (OsException e : List.of(assertThrows(OsException.class, () -> os.read(fd, -1)),
                    assertThrows(OsException.class, () -> os.pread(fd, -1, 0)))) {
                assertEquals("[Errno 22] Invalid argument", e.getMessage());
                assertEquals(Python.require313().run("import os\ntry: os.read(0, -1)\nexcept OSError as e: print(e.errno)")
                        .strip(), String.valueOf(e.errno()));
            }
            assertArrayEquals(new byte[0], os.read(fd, 0));
            assertArrayEquals(new byte[0], os.pread(fd, 0, 0));
        } finally {
            os.close(fd);
        }
        // CPython calls read(2) for n == 0 too: a closed descriptor is EBADF, not b''. Closed and numbered high,
        // so that no descriptor the JVM opens meanwhile (a jar) gets its number and is read from.
        int low = openRead(file);
        int gone = os.dup2(low, 1000);
        os.close(low);
        os.close(gone);
        for (var call : List.<Executable>of(() -> os.read(gone, 0),
                () -> os.pread(gone, 0, 0), () -> os.read(gone, HUGE), () -> os.pread(gone, HUGE, 0))) {
            assertEquals(9, assertThrows(OsException.class, call).errno());
        }
    }

    /** In a JVM with a 32 MiB heap, where an array of {@code n} bytes could never be allocated. */
    @Test
    void hugeReadsFitInASmallHeap() throws Exception {
        Path small = tmp.resolve("small");
        Files.write(small, data(100, 4));
        Path big = tmp.resolve("big");
        Files.write(big, data(8 * 1024 * 1024, 5));
        Process p = new ProcessBuilder(ChildJvm.command(provider, List.of("-Xmx32m"), SmallHeap.class,
                small.toString(), big.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(List.of("small 100", "small-eof 0", "big 8388608", "big-pread 8388508", "pipe 5",
                "pipe-eof 0", "zero-bounded true", "eof-loop 0"), List.of(out.strip().split("\n")));
    }

    /** The child JVM of {@link #hugeReadsFitInASmallHeap}: prints what each read returned. */
    public static final class SmallHeap {
        private SmallHeap() {
        }

        public static void main(String[] args) throws Exception {
            Os os = ChildJvm.os();
            int small = os.open(args[0], os.O_RDONLY());
            System.out.println("small " + os.read(small, HUGE).length);
            System.out.println("small-eof " + os.read(small, HUGE).length);
            int big = os.open(args[1], os.O_RDONLY());
            System.out.println("big " + os.read(big, HUGE).length);
            System.out.println("big-pread " + os.pread(big, HUGE, 100).length);
            Pipe pipe = os.pipe();
            os.write(pipe.write(), "hello".getBytes(UTF_8));
            System.out.println("pipe " + os.read(pipe.read(), HUGE).length);
            os.close(pipe.write());
            System.out.println("pipe-eof " + os.read(pipe.read(), HUGE).length);
            int zero = os.open("/dev/zero", os.O_RDONLY()); // endless: one read returns a bounded chunk
            int chunk = os.read(zero, HUGE).length;
            System.out.println("zero-bounded " + (chunk > 0 && chunk <= 1024 * 1024));
            int total = 0;
            for (int i = 0; i < 10_000; i++) { // far more than 32 MiB if each call kept or asked for much
                total += os.read(small, HUGE).length + os.read(pipe.read(), HUGE).length;
            }
            System.out.println("eof-loop " + total);
            for (int fd : new int[] {small, big, pipe.read(), zero}) {
                os.close(fd);
            }
        }
    }
}
