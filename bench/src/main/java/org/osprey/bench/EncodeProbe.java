package org.osprey.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Warmup;
import org.osprey.os.FsCodec;

/**
 * An analysis aid, not part of run.sh's table: what the user-space half of an Osprey stat costs without the
 * system call. {@code pathCodecEncode} is a copy of posix.bundle's {@code PathCodec.encode} (as of commit
 * 9d858bb: a bounds-checked {@code put} per char into a direct buffer), run on the stat list's paths; {@code getBytesBulkPut} is the alternative of
 * {@code String.getBytes} (an intrinsic for Latin-1 strings) and one bulk copy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EncodeProbe {
    @Param("")
    public String statList;

    private String[] names;
    private ByteBuffer buffer;
    private int i;

    @Setup
    public void setup() throws IOException {
        names = Fixture.lines(statList);
        buffer = ByteBuffer.allocateDirect(4096);
    }

    private String next() {
        int k = i;
        i = k + 1 == names.length ? 0 : k + 1;
        return names[k];
    }

    @Benchmark
    public ByteBuffer pathCodecEncode() {
        String path = next();
        int n = path.length();
        ByteBuffer b = buffer;
        for (int k = 0; k < n; k++) {
            char c = path.charAt(k);
            if (c >= 0x80) {
                byte[] bytes = FsCodec.encode(path);
                b.put(0, bytes);
                b.put(bytes.length, (byte) 0);
                return b;
            }
            b.put(k, (byte) c);
        }
        b.put(n, (byte) 0);
        return b;
    }

    @Benchmark
    public ByteBuffer getBytesBulkPut() {
        String s = next();
        byte[] bytes = isAscii(s) ? s.getBytes(StandardCharsets.ISO_8859_1) : FsCodec.encode(s);
        ByteBuffer b = buffer;
        b.put(0, bytes);
        b.put(bytes.length, (byte) 0);
        return b;
    }

    private static boolean isAscii(String s) {
        for (int k = 0, n = s.length(); k < n; k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
