package org.osprey.posix.proc;

import org.osprey.os.OsException;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.natives.ProcCalls;
import org.osprey.posix.variant.Variant;

/**
 * The native side of the process, system and scheduling calls: their {@link ProcCalls} binding, made on first
 * use so that a program that never calls them never pays for it, and the provider's one error translator.
 */
public final class ProcSide {
    final NativeDoor door;
    final Natives natives;
    final Abi abi;
    final Variant variant;
    final ProcCalls calls;
    final ErrnoTranslator errors;

    private ProcSide(NativeDoor door) {
        this.door = door;
        this.natives = door.natives();
        this.abi = natives.abi();
        this.variant = abi.variant();
        this.errors = door.errors();
        this.calls = door.bind(ProcCalls.class, ProcCalls::new);
    }

    /** The side bound through the provider's door (bound by the first caller). */
    public static ProcSide of(NativeDoor door) {
        return door.part(ProcSide.class, ProcSide::new);
    }

    /** The error of this thread's last failed call. */
    OsException last() {
        return errors.last(null);
    }

    /** Throws the last error if {@code rc} is -1, the C convention for failure. */
    void check(long rc) throws OsException {
        if (rc == -1) {
            throw last();
        }
    }

    /** Throws error number {@code error} (no file name) unless it is 0: the {@code posix_spawn*} convention. */
    void checkError(int error) throws OsException {
        if (error != 0) {
            throw errors.of(error, null, null);
        }
    }

    /** For the functions that exist on one variant only, as in Python. */
    void require(String function) {
        variant.require(function);
    }
}
