package org.osprey.posix;

import static org.osprey.posix.NativeSide.sockets;

import java.util.Map;

import org.osprey.os.OsException;
import org.osprey.os.spi.UnixSockets;

/** The POSIX provider's {@link UnixSockets} facet: {@code socket} and {@code connect} of {@code AF_UNIX}. */
final class PosixUnixSockets implements UnixSockets {
    @Override
    public Map<String, Integer> socketConstants() {
        return sockets().constants();
    }

    @Override
    public int connectUnixSocket(String path, int type) throws OsException {
        return sockets().connect(path, type);
    }
}
