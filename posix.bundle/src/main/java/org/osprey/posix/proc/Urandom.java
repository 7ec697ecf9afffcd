package org.osprey.posix.proc;

import jnr.constants.platform.Errno;
import org.osprey.os.OsException;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;

/**
 * Bytes from the kernel's cryptographic random generator, a buffer-full at a time (memory stays flat however
 * many are asked for): {@code getrandom(2)} on Linux, waiting until the generator is seeded as Python does;
 * {@code getentropy} on macOS.
 */
public final class Urandom {
    /** getentropy(3) refuses more than this per call. */
    private static final int GETENTROPY_MAX = 256;

    private Urandom() {
    }

    public static void fill(ProcSide p, byte[] into) throws OsException {
        NativeBuffer out = Scratch.get().out();
        int done = 0;
        while (done < into.length) {
            int want = Math.min(into.length - done, p.abi.isLinux() ? out.capacity() : GETENTROPY_MAX);
            int got = p.abi.isLinux() ? getrandom(p, out, want) : getentropy(p, out, want);
            out.bytes().get(0, into, done, got);
            done += got;
        }
    }

    private static int getrandom(ProcSide p, NativeBuffer out, int want) throws OsException {
        while (true) {
            long got = p.calls.getrandom(out.pointer(), want, 0);
            if (got >= 0) {
                return (int) got;
            }
            if (p.natives.errno() != Errno.EINTR.intValue()) {
                throw p.last();
            }
        }
    }

    private static int getentropy(ProcSide p, NativeBuffer out, int want) throws OsException {
        p.check(p.calls.getentropy(out.pointer(), want));
        return want;
    }
}
