package org.osprey.windows;

import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;

/** The one {@code bcrypt.dll} call CPython's {@code os.urandom} makes on Windows. */
interface BCrypt extends StdCallLibrary {
    /** {@code BCRYPT_USE_SYSTEM_PREFERRED_RNG}: no algorithm handle, the system's generator. */
    int BCRYPT_USE_SYSTEM_PREFERRED_RNG = 0x00000002;

    /** {@return an {@code NTSTATUS}: 0 or above is success} */
    int BCryptGenRandom(Pointer algorithm, byte[] buffer, int count, int flags);
}
