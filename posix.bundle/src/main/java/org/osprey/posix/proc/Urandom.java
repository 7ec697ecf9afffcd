package org.osprey.posix.proc;

import org.osprey.os.OsException;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;

/**
 * Bytes from the kernel's cryptographic random generator, a buffer-full at a time (memory stays flat however
 * many are asked for), by the variant's call: {@code getrandom(2)} on Linux, {@code getentropy} on macOS.
 */
public final class Urandom {
    private Urandom() {
    }

    public static void fill(ProcSide p, byte[] into) throws OsException {
        NativeBuffer out = Scratch.get().out();
        int done = 0;
        while (done < into.length) {
            int got = p.variant.calls(p.door).random(out, Math.min(into.length - done, out.capacity()));
            out.bytes().get(0, into, done, got);
            done += got;
        }
    }
}
