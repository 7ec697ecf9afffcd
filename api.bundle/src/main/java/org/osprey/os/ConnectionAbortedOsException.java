package org.osprey.os;

/** Python's {@code ConnectionAbortedError}: raised for {@code ECONNABORTED}. */
public class ConnectionAbortedOsException extends ConnectionOsException {
    private static final long serialVersionUID = 1L;

    public ConnectionAbortedOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
