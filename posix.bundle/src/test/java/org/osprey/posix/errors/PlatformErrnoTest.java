package org.osprey.posix.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jnr.constants.platform.Errno;
import org.junit.jupiter.api.Test;

/** {@link PlatformErrno} against jnr-constants' platform-resolving table, which it replaces for start-up's sake. */
class PlatformErrnoTest {
    @Test
    void valuesAreJnrConstantsForThisPlatform() {
        int[] ours = {PlatformErrno.EAGAIN, PlatformErrno.EALREADY, PlatformErrno.EBADF, PlatformErrno.EINTR,
            PlatformErrno.EINVAL, PlatformErrno.EISCONN, PlatformErrno.ENOENT, PlatformErrno.ENOTSUP,
            PlatformErrno.EOPNOTSUPP, PlatformErrno.EPERM, PlatformErrno.ERANGE, PlatformErrno.ESRCH,
            PlatformErrno.ETXTBSY};
        Errno[] jnr = {Errno.EAGAIN, Errno.EALREADY, Errno.EBADF, Errno.EINTR, Errno.EINVAL, Errno.EISCONN,
            Errno.ENOENT, Errno.ENOTSUP, Errno.EOPNOTSUPP, Errno.EPERM, Errno.ERANGE, Errno.ESRCH, Errno.ETXTBSY};
        for (int i = 0; i < jnr.length; i++) {
            assertEquals(jnr[i].intValue(), ours[i], jnr[i].name());
        }
    }

    @Test
    void everyErrnoJnrConstantsNamesHasANameOfTheSameNumber() {
        for (Errno e : Errno.values()) {
            if (e.defined() && PlatformErrno.name(e.intValue()) != null) {
                assertEquals(e.intValue(), Errno.valueOf(PlatformErrno.name(e.intValue())).intValue(), e.name());
            }
        }
        assertEquals("ENOENT", PlatformErrno.name(Errno.ENOENT.intValue()));
        assertNull(PlatformErrno.name(100_000));
    }
}
