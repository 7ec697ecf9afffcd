package org.osprey.os.spi;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;

/**
 * Unix domain sockets, as far as a client needs one: connect and get a descriptor, which {@code write} and
 * {@code close} then serve (a {@code write} on a connected datagram socket sends one datagram). The JDK opens Unix
 * stream sockets but no Unix datagram socket, such as Linux's {@code /dev/log}.
 *
 * <p>An optional facet: a provider without it answers {@link OsProvider#facet} with nothing.
 */
@ProviderType
public interface UnixSockets {
    /**
     * {@code SOCK_STREAM} and {@code SOCK_DGRAM} with the platform's values.
     *
     * @return the values by name
     */
    Map<String, Integer> socketConstants();

    /**
     * A new close-on-exec {@code AF_UNIX} socket of {@code type}, connected to {@code path}; on any failure after
     * {@code socket(2)} the socket is closed.
     *
     * @param path the socket's path (checked for NUL by the caller)
     * @param type one of {@link #socketConstants()}'s values
     * @return the connected socket's descriptor, which the caller closes
     * @throws OsException if {@code socket} or {@code connect} fails: the subclass for its errno with
     *         {@code path} as filename; an {@code OsException} without errno, {@code AF_UNIX path too long}, for a
     *         path longer than the platform's {@code sun_path} holds, as CPython's
     */
    int connectUnixSocket(String path, int type) throws OsException;
}
