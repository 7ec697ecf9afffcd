package org.osprey.posix.natives;

import static org.osprey.posix.natives.Binder.INT;
import static org.osprey.posix.natives.Binder.POINTER;

/** The C library's {@code socket} and {@code connect}, bound on first use. */
public final class SocketCalls {
    private final CFunction socket;
    private final CFunction connect;

    SocketCalls(Binder b) {
        socket = b.function("socket", INT, INT, INT, INT);
        connect = b.function("connect", INT, INT, POINTER, INT);
    }

    /** The bound calls. */
    public static SocketCalls of(NativeDoor door) {
        return door.bind(SocketCalls.class, SocketCalls::new);
    }

    public int socket(int domain, int type, int protocol) {
        return (int) socket.call(domain, type, protocol);
    }

    public int connect(int fd, long address, int length) {
        return (int) connect.call(fd, address, length);
    }
}
