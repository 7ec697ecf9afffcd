package org.osprey.bench;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.osprey.mmap.MemoryMap;
import org.osprey.mmap.Mmap;
import org.osprey.mmap.MmapOptions;
import org.osprey.os.Os;

/**
 * A map of the mmap part's file (bench/scripts/mmap_peers.py make: 1 GiB by default, the needle only in its last
 * bytes), made once: per operation, one {@code find} of the needle over the whole map, or one sequential read of
 * the whole map in 1 MiB {@code read}s; Osprey's {@code mmap} against a {@code MappedByteBuffer} searched and read
 * as plain Java does (a loop over {@code get(i)}; bulk {@code get} into a 1 MiB array). CPython's peer is
 * mmap_peers.py; run.sh checks first that every peer finds the needle at the same offset (CountMain mmap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MmapBench {
    /** What every peer looks for (mmap_peers.py writes it at the end of the file only). */
    public static final byte[] NEEDLE = "OSPREY-MMAP-NEEDLE".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 20;

    @Param("")
    public String mmapFile;

    private Os os;
    private int fd = -1;
    private MemoryMap map;
    private MappedByteBuffer buffer;
    private final byte[] chunk = new byte[CHUNK];

    @Setup
    public void setup(BenchmarkParams params) throws IOException {
        if (mmapFile == null || mmapFile.isEmpty() || !Files.isRegularFile(Path.of(mmapFile))) {
            throw new IllegalArgumentException("missing -p mmapFile=FILE (run.sh makes it)");
        }
        os = Fixture.osFor(params);
        if (os != null) {
            fd = os.open(mmapFile, os.O_RDONLY());
            map = Mmap.of(os).mmap(fd, 0, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_READ));
        } else {
            try (FileChannel channel = FileChannel.open(Path.of(mmapFile), StandardOpenOption.READ)) {
                buffer = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            }
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        if (map != null) {
            map.close();
            os.close(fd);
        }
    }

    /** {@code m.find(needle, 0)}. */
    @Benchmark
    public long ospreyFind() {
        return map.find(NEEDLE, 0);
    }

    /** {@code m.seek(0)}, then {@code m.read(1 MiB)} until it is empty; the bytes read. */
    @Benchmark
    public long ospreyRead() {
        map.seek(0);
        long total = 0;
        for (byte[] b = map.read(CHUNK); b.length > 0; b = map.read(CHUNK)) {
            total += b.length;
        }
        return total;
    }

    /** The plain loop over the buffer: the first byte, then the rest. */
    @Benchmark
    public long mappedByteBufferFind() {
        return find(buffer, NEEDLE);
    }

    /** Bulk {@code get} of 1 MiB at a time into one array; the bytes read. */
    @Benchmark
    public long mappedByteBufferRead() {
        int limit = buffer.capacity();
        long total = 0;
        for (int at = 0; at < limit; at += CHUNK) {
            int n = Math.min(CHUNK, limit - at);
            buffer.get(at, chunk, 0, n);
            total += n;
        }
        return total;
    }

    /** Where the needle is, by Osprey's map or by the plain loop over a {@code MappedByteBuffer}. */
    static long findIn(boolean osprey, String file) throws IOException {
        if (osprey) {
            Os os = Os.get();
            int fd = os.open(file, os.O_RDONLY());
            try (MemoryMap m = Mmap.of(os).mmap(fd, 0, MmapOptions.DEFAULT.withAccess(Mmap.ACCESS_READ))) {
                return m.find(NEEDLE, 0);
            } finally {
                os.close(fd);
            }
        }
        try (FileChannel channel = FileChannel.open(Path.of(file), StandardOpenOption.READ)) {
            return find(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), NEEDLE);
        }
    }

    static long find(MappedByteBuffer b, byte[] needle) {
        int last = b.capacity() - needle.length;
        byte first = needle[0];
        outer:
        for (int i = 0; i <= last; i++) {
            if (b.get(i) != first) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (b.get(i + k) != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
