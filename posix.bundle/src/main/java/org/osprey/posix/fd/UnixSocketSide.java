package org.osprey.posix.fd;

import java.util.Map;

import org.osprey.os.FsCodec;
import org.osprey.os.OsException;
import org.osprey.posix.abi.UnixSocketLayout;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.errors.PlatformErrno;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.NativeDoor;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.natives.SocketCalls;

/**
 * Connected {@code AF_UNIX} sockets: {@code socket(2)} close-on-exec ({@code SOCK_CLOEXEC} where the platform
 * has it, {@code FD_CLOEXEC} set at once where not, as CPython), then {@code connect(2)}, retried on
 * {@code EINTR} as Python's {@code sock_connect} waits for it (PEP 475). The socket is closed on any failure.
 */
public final class UnixSocketSide {
    private static final int EINTR = PlatformErrno.EINTR;
    /** {@code connect} after {@code EINTR} goes on in the background: wait for it as a second {@code EISCONN}. */
    private static final int EISCONN = PlatformErrno.EISCONN;
    private static final int EALREADY = PlatformErrno.EALREADY;

    private final SocketCalls calls;
    private final UnixSocketLayout layout;
    private final Natives natives;
    private final LibC libc;
    private final ErrnoTranslator errors;
    private final FdOps fds;

    private UnixSocketSide(NativeDoor door, FdOps fds) {
        this.calls = SocketCalls.of(door);
        this.layout = door.variant().unixSockets();
        this.natives = door.natives();
        this.libc = natives.libc();
        this.errors = door.errors();
        this.fds = fds;
    }

    /** The side bound through the provider's door (bound by the first caller). */
    public static UnixSocketSide of(NativeDoor door, FdOps fds) {
        return door.part(UnixSocketSide.class, d -> new UnixSocketSide(d, fds));
    }

    public Map<String, Integer> constants() {
        return layout.constants();
    }

    public int connect(String path, int type) throws OsException {
        byte[] name = FsCodec.encode(path);
        if (name.length > layout.maxPathBytes()) {
            throw new OsException("AF_UNIX path too long"); // CPython's OSError, before any socket is made
        }
        int fd = calls.socket(layout.afUnix(), type | layout.sockCloexec(), 0);
        if (fd < 0) {
            throw errors.last(path);
        }
        try {
            if (layout.sockCloexec() == 0) {
                fds.setInheritable(fd, false);
            }
            NativeBuffer address = Scratch.get().path();
            int length = layout.write(name, address.ensure(name.length + 3).bytes());
            connect(fd, address.address(), length, path);
            return fd;
        } catch (OsException | RuntimeException e) {
            libc.close(fd);
            throw e;
        }
    }

    /**
     * An interrupted {@code connect} carries on in the kernel; asking again answers {@code EALREADY} while it
     * does and {@code EISCONN} once connected (a Unix socket connects at once, so this is rare).
     */
    private void connect(int fd, long address, int length, String path) throws OsException {
        boolean retried = false;
        while (calls.connect(fd, address, length) != 0) {
            int errno = natives.errno();
            if (retried && errno == EISCONN) {
                return;
            }
            if (errno != EINTR && !(retried && errno == EALREADY)) {
                throw errors.last(path);
            }
            retried = true;
        }
    }
}
