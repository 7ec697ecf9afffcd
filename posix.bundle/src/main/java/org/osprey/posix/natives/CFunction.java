package org.osprey.posix.natives;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;

/**
 * One C function, called through jffi's numeric invoker: every argument and the result travel as a 64-bit
 * integer (ints sign-extended, pointers as addresses), and the errno the call leaves is saved for this thread
 * ({@link Natives#errno()}). Nothing is generated at run time to make or to call it, which is what keeps the
 * provider's start-up short. A result narrower than 64 bits is cut by the caller ({@code (int)}): on x86-64
 * jffi returns the whole register.
 */
public final class CFunction {
    private static final Invoker INVOKER = Invoker.getInstance();

    private final String name;
    private final CallContext context;
    private final long address;

    CFunction(String name, CallContext context, long address) {
        this.name = name;
        this.context = context;
        this.address = address;
    }

    /** The C name, as the provider's messages say it. */
    public String name() {
        return name;
    }

    /** Whether the C library has it (an optional function may be absent; calling it then fails clearly). */
    public boolean exists() {
        return address != 0;
    }

    private long at() {
        if (address == 0) {
            throw new UnsupportedOperationException(name + "() is not in this platform's C library");
        }
        return address;
    }

    public long call() {
        return INVOKER.invokeN0(context, at());
    }

    public long call(long a) {
        return INVOKER.invokeN1(context, at(), a);
    }

    public long call(long a, long b) {
        return INVOKER.invokeN2(context, at(), a, b);
    }

    public long call(long a, long b, long c) {
        return INVOKER.invokeN3(context, at(), a, b, c);
    }

    public long call(long a, long b, long c, long d) {
        return INVOKER.invokeN4(context, at(), a, b, c, d);
    }

    public long call(long a, long b, long c, long d, long e) {
        return INVOKER.invokeN5(context, at(), a, b, c, d, e);
    }

    public long call(long a, long b, long c, long d, long e, long f) {
        return INVOKER.invokeN6(context, at(), a, b, c, d, e, f);
    }
}
