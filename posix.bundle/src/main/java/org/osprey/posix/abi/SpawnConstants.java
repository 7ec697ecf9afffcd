package org.osprey.posix.abi;

/**
 * The {@code posix_spawnattr_setflags} flags of one C library ({@code 0}: the library has no such attribute) and
 * the signal numbers its {@code sigset_t} holds ({@code 1} to {@code nsig - 1}, as CPython's {@code Py_NSIG}).
 */
public record SpawnConstants(int resetids, int setpgroup, int setsigdef, int setsigmask, int setschedparam,
        int setscheduler, int setsid, int nsig) {
}
