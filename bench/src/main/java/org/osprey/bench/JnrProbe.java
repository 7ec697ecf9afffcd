package org.osprey.bench;

import java.util.concurrent.TimeUnit;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.SaveError;
import jnr.ffi.annotations.Variadic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An analysis aid, not part of run.sh's table: the cost of a jnr-ffi call itself, with the same jnr-ffi that
 * posix.bundle inlines. {@code strlen} of a 1-byte string is nearly free in C, so its time is jnr's call
 * overhead; {@code openat(".")+close} is bound twice, as posix.bundle binds it ({@code @Variadic}, which jnr-ffi
 * cannot compile to a direct stub and sends through its generic invoker) and with fixed arguments.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JnrProbe {
    public interface Fixed {
        long strlen(Pointer s);

        @SaveError
        int openat(int dirfd, Pointer path, int flags, int mode);

        @SaveError
        int close(int fd);
    }

    public interface Varargs {
        @SaveError
        @Variadic(fixedCount = 3)
        int openat(int dirfd, Pointer path, int flags, int mode);
    }

    private static final int AT_FDCWD = -100;
    private static final int O_RDONLY_DIRECTORY_CLOEXEC = 0 | 0200000 | 02000000; // x86_64 Linux values

    private Fixed fixed;
    private Varargs varargs;
    private Pointer dot;

    @Setup
    public void setup() {
        fixed = LibraryLoader.create(Fixed.class).load("c");
        varargs = LibraryLoader.create(Varargs.class).load("c");
        dot = Memory.allocateDirect(Runtime.getSystemRuntime(), 2);
        dot.putByte(0, (byte) '.');
        dot.putByte(1, (byte) 0);
    }

    @Benchmark
    public long strlen() {
        return fixed.strlen(dot);
    }

    @Benchmark
    public int openatCloseFixed() {
        return fixed.close(fixed.openat(AT_FDCWD, dot, O_RDONLY_DIRECTORY_CLOEXEC, 0));
    }

    @Benchmark
    public int openatCloseVariadic() {
        return fixed.close(varargs.openat(AT_FDCWD, dot, O_RDONLY_DIRECTORY_CLOEXEC, 0));
    }
}
