package org.osprey.posix.memory;

/**
 * The native buffers of one thread, reused by every call it makes so that a call allocates no native memory:
 * two for encoded paths, one for what the kernel writes back (a {@code struct stat}, a link target, ...), and
 * a spare directory-reading buffer. A call must be done with a buffer before the thread's next call uses it.
 */
public final class Scratch {
    // a subclass, not withInitial(Scratch::new): no lambda spun on every process's first call
    private static final ThreadLocal<Scratch> OF_THREAD = new ThreadLocal<>() {
        @Override
        protected Scratch initialValue() {
            return new Scratch();
        }
    };

    private final NativeBuffer path = new NativeBuffer(1024);
    private final NativeBuffer path2 = new NativeBuffer(1024);
    /** Never smaller than this: room for any fixed-size structure read here (stat, utsname). */
    private final NativeBuffer out = new NativeBuffer(4096);
    private NativeBuffer spareDirBuffer;

    private Scratch() {
    }

    public static Scratch get() {
        return OF_THREAD.get();
    }

    /** For a call's (first) path. */
    public NativeBuffer path() {
        return path;
    }

    /** For the second path of a two-path call. */
    public NativeBuffer path2() {
        return path2;
    }

    /** For what the call writes back. */
    public NativeBuffer out() {
        return out;
    }

    /** Hands out this thread's spare directory buffer, or a new one of {@code capacity} bytes. */
    public NativeBuffer takeDirBuffer(int capacity) {
        NativeBuffer b = spareDirBuffer;
        if (b == null) {
            return new NativeBuffer(capacity);
        }
        spareDirBuffer = null;
        return b;
    }

    /** Keeps a directory buffer that its reader is done with as this thread's spare, if it has none. */
    public void returnDirBuffer(NativeBuffer b) {
        if (spareDirBuffer == null) {
            spareDirBuffer = b;
        }
    }
}
