package org.osprey.posix.proc;

import org.osprey.posix.memory.NativeBuffer;

/**
 * The native memory one start of a program uses (its image, attributes and file actions), kept per thread and
 * reused: a start is over, and the C library done with every byte, before its thread can start another, and no
 * other thread ever sees this memory. Saves three direct-buffer allocations a start.
 */
final class SpawnScratch {
    private static final ThreadLocal<SpawnScratch> PER_THREAD = ThreadLocal.withInitial(SpawnScratch::new);

    private final NativeBuffer image = new NativeBuffer(4096);
    private final NativeBuffer attributes = new NativeBuffer(1024);
    private final NativeBuffer actions = new NativeBuffer(1024);

    private SpawnScratch() {
    }

    static SpawnScratch current() {
        return PER_THREAD.get();
    }

    /** At least {@code size} bytes for a {@link ProgramImage}; what was there is not kept. */
    NativeBuffer image(int size) {
        return image.ensure(size);
    }

    NativeBuffer attributes(int size) {
        return attributes.ensure(size);
    }

    NativeBuffer actions(int size) {
        return actions.ensure(size);
    }
}
