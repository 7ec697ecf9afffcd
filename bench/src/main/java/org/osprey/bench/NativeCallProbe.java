package org.osprey.bench;

import java.util.concurrent.TimeUnit;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Library;
import com.kenai.jffi.Type;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.SaveError;
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
 * An analysis aid, not part of run.sh's table: the cost of one native call the way posix.bundle makes it now
 * (jffi's invoker with a call context that saves errno, as its {@code CFunction} does) against the way it made it
 * before (a jnr-ffi binding, whose generated stub jnr-ffi compiles when it binds). {@code strlen} of a 1-byte
 * string is nearly free in C, so its time is the call's overhead; {@code fstatat(".")} is the call behind
 * {@code os.stat}; {@code openat(".")+close} is a real pair of system calls.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NativeCallProbe {
    public interface Jnr {
        long strlen(Pointer s);

        @SaveError
        int openat(int dirfd, Pointer path, int flags);

        @SaveError
        int close(int fd);

        @SaveError
        int fstatat(int dirfd, Pointer path, Pointer buf, int flags);
    }

    private static final int AT_FDCWD = -100;
    private static final int O_RDONLY_DIRECTORY_CLOEXEC = 0 | 0200000 | 02000000; // x86_64 Linux values
    private static final Invoker INVOKER = Invoker.getInstance();

    private Jnr jnr;
    private Pointer dot;
    private long dotAddress;
    private CallContext pointerToLong;
    private CallContext openatContext;
    private CallContext intToInt;
    private CallContext fstatatContext;
    private Pointer statBuffer;
    private long fstatat;
    private long strlen;
    private long openat;
    private long close;

    @Setup
    public void setup() {
        jnr = LibraryLoader.create(Jnr.class).load("c");
        dot = Memory.allocateDirect(Runtime.getSystemRuntime(), 2);
        dot.putByte(0, (byte) '.');
        dot.putByte(1, (byte) 0);
        dotAddress = dot.address();
        pointerToLong = CallContext.getCallContext(Type.ULONG, new Type[] {Type.POINTER}, CallingConvention.DEFAULT,
                true);
        openatContext = CallContext.getCallContext(Type.SINT, new Type[] {Type.SINT, Type.POINTER, Type.SINT},
                CallingConvention.DEFAULT, true);
        intToInt = CallContext.getCallContext(Type.SINT, new Type[] {Type.SINT}, CallingConvention.DEFAULT, true);
        fstatatContext = CallContext.getCallContext(Type.SINT,
                new Type[] {Type.SINT, Type.POINTER, Type.POINTER, Type.SINT}, CallingConvention.DEFAULT, true);
        statBuffer = Memory.allocateDirect(Runtime.getSystemRuntime(), 256);
        fstatat = Library.getDefault().getSymbolAddress("fstatat");
        strlen = Library.getDefault().getSymbolAddress("strlen");
        openat = Library.getDefault().getSymbolAddress("openat");
        close = Library.getDefault().getSymbolAddress("close");
    }

    @Benchmark
    public long strlenJffi() {
        return INVOKER.invokeN1(pointerToLong, strlen, dotAddress);
    }

    @Benchmark
    public long strlenJnr() {
        return jnr.strlen(dot);
    }

    @Benchmark
    public int fstatatJffi() {
        return (int) INVOKER.invokeN4(fstatatContext, fstatat, AT_FDCWD, dotAddress, statBuffer.address(), 0);
    }

    @Benchmark
    public int fstatatJnr() {
        return jnr.fstatat(AT_FDCWD, dot, statBuffer, 0);
    }

    @Benchmark
    public int openatCloseJffi() {
        int fd = (int) INVOKER.invokeN3(openatContext, openat, AT_FDCWD, dotAddress, O_RDONLY_DIRECTORY_CLOEXEC);
        return (int) INVOKER.invokeN1(intToInt, close, fd);
    }

    @Benchmark
    public int openatCloseJnr() {
        return jnr.close(jnr.openat(AT_FDCWD, dot, O_RDONLY_DIRECTORY_CLOEXEC));
    }
}
