package org.osprey.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import com.kenai.jffi.MemoryIO;
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
import org.openjdk.jmh.annotations.Warmup;
import org.osprey.os.FsCodec;

/**
 * An analysis aid, not part of run.sh's table: what the user-space half of an Osprey stat costs without the
 * system call, on the stat list's paths. {@code putBytePerChar} is posix.bundle's {@code PathCodec.encode}
 * (a byte per char straight into native memory); {@code stagedBulkPut} its predecessor (a heap array, then one
 * bulk copy into a direct buffer); {@code nulCheck} the API's NUL check ({@code indexOf}); {@code preEncodedFloor}
 * a bulk copy of bytes encoded beforehand, the least any encoder can cost here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EncodeProbe {
    private static final MemoryIO MEMORY = MemoryIO.getInstance();

    @Param("")
    public String statList;

    private String[] names;
    private byte[][] encoded;
    private ByteBuffer buffer;
    private long address;
    private final byte[] staging = new byte[4096];
    private int i;

    @Setup
    public void setup() throws IOException {
        names = Fixture.lines(statList);
        encoded = new byte[names.length][];
        for (int k = 0; k < names.length; k++) {
            encoded[k] = FsCodec.encode(names[k]);
        }
        buffer = ByteBuffer.allocateDirect(4096);
        address = MEMORY.getDirectBufferAddress(buffer);
        Fixture.settle();
    }

    private int next() {
        int k = i;
        i = k + 1 == names.length ? 0 : k + 1;
        return k;
    }

    @Benchmark
    public long putBytePerChar() {
        String path = names[next()];
        int n = path.length();
        long at = address;
        for (int k = 0; k < n; k++) {
            char c = path.charAt(k);
            if (c >= 0x80) {
                byte[] bytes = FsCodec.encode(path);
                buffer.put(0, bytes);
                buffer.put(bytes.length, (byte) 0);
                return at;
            }
            MEMORY.putByte(at + k, (byte) c);
        }
        MEMORY.putByte(at + n, (byte) 0);
        return at;
    }

    @Benchmark
    public ByteBuffer stagedBulkPut() {
        String path = names[next()];
        int n = path.length();
        byte[] staged = staging;
        for (int k = 0; k < n; k++) {
            char c = path.charAt(k);
            if (c >= 0x80) {
                byte[] bytes = FsCodec.encode(path);
                buffer.put(0, bytes);
                buffer.put(bytes.length, (byte) 0);
                return buffer;
            }
            staged[k] = (byte) c;
        }
        buffer.put(0, staged, 0, n);
        buffer.put(n, (byte) 0);
        return buffer;
    }

    @Benchmark
    public int nulCheck() {
        return names[next()].indexOf('\0');
    }

    @Benchmark
    public ByteBuffer preEncodedFloor() {
        byte[] bytes = encoded[next()];
        buffer.put(0, bytes);
        buffer.put(bytes.length, (byte) 0);
        return buffer;
    }
}
