package org.osprey.posix.natives;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.Type;

/**
 * One C function, called through jffi's numeric invoker: every argument and the result travel as a 64-bit
 * integer (ints sign-extended, pointers as addresses), and the errno the call leaves is saved for this thread
 * ({@link Natives#errno()}). Nothing is generated at run time to make or to call it, which is what keeps the
 * provider's start-up short. A result narrower than 64 bits is cut by the caller ({@code (int)}): on x86-64
 * jffi returns the whole register.
 *
 * <p>The function's address is found when its binding is made; its call context (libffi's description of the C
 * types) only on its first call, since a short process calls few of the functions it binds and each new
 * context costs jffi a native allocation and a reflective call (issue 11).
 */
public final class CFunction {
    private static final Invoker INVOKER = Invoker.getInstance();

    private final String name;
    private final Type result;
    private final Type[] parameters;
    /** How many parameters are named before the variadic ones; -1 for a function that is not variadic. */
    private final int fixed;
    private final long address;
    /** Made on first use; a race makes it twice at worst (jffi caches it, and its fields are final). */
    private CallContext context;

    CFunction(String name, Type result, Type[] parameters, int fixed, long address) {
        this.name = name;
        this.result = result;
        this.parameters = parameters.clone();
        this.fixed = fixed;
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

    private CallContext context() {
        CallContext c = context;
        if (c == null) {
            c = fixed < 0 ? CallContext.getCallContext(result, parameters, CallingConvention.DEFAULT, true)
                    : CallContext.getCallContext(result, fixed, parameters, CallingConvention.DEFAULT, true);
            context = c;
        }
        return c;
    }

    public long call() {
        return INVOKER.invokeN0(context(), at());
    }

    public long call(long a) {
        return INVOKER.invokeN1(context(), at(), a);
    }

    public long call(long a, long b) {
        return INVOKER.invokeN2(context(), at(), a, b);
    }

    public long call(long a, long b, long c) {
        return INVOKER.invokeN3(context(), at(), a, b, c);
    }

    public long call(long a, long b, long c, long d) {
        return INVOKER.invokeN4(context(), at(), a, b, c, d);
    }

    public long call(long a, long b, long c, long d, long e) {
        return INVOKER.invokeN5(context(), at(), a, b, c, d, e);
    }

    public long call(long a, long b, long c, long d, long e, long f) {
        return INVOKER.invokeN6(context(), at(), a, b, c, d, e, f);
    }
}
