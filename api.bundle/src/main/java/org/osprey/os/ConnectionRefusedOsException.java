package org.osprey.os;

/** Python's {@code ConnectionRefusedError}: raised for {@code ECONNREFUSED}. */
public class ConnectionRefusedOsException extends ConnectionOsException {
    private static final long serialVersionUID = 1L;

    public ConnectionRefusedOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
