package org.osprey.os;

/** Python's {@code ConnectionResetError}: raised for {@code ECONNRESET}. */
public class ConnectionResetOsException extends ConnectionOsException {
    private static final long serialVersionUID = 1L;

    public ConnectionResetOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
