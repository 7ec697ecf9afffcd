package org.osprey.posix.errors;

import org.osprey.os.OsException;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;

/**
 * The one place where an errno becomes an {@link OsException}: the subtype Python raises for the platform's
 * symbolic name of the errno ({@link PlatformErrno}), the OS's own message, and the file name(s) the caller gave.
 */
public final class ErrnoTranslator {
    private final Natives natives;

    public ErrnoTranslator(Natives natives) {
        this.natives = natives;
    }

    /** The error of this thread's last failed native call, about {@code filename} (or none if null). */
    public OsException last(String filename) {
        return of(natives.errno(), filename, null);
    }

    /** The error of this thread's last failed native call, about two files. */
    public OsException last(String filename, String filename2) {
        return of(natives.errno(), filename, filename2);
    }

    public OsException of(int errno, String filename, String filename2) {
        return OsException.of(errno, PlatformErrno.name(errno), strerror(errno), filename, filename2);
    }

    /** {@code strerror(3)}: the OS's message for {@code errno}. */
    public String strerror(int errno) {
        long message = natives.libc().strerror(errno);
        return message == 0 ? "Unknown error " + errno : PathCodec.decodeCString(natives.memory(), message);
    }
}
