package org.osprey.os;

/** Python's {@code ConnectionError}: raised for {@code the connection errors of its subclasses}. */
public class ConnectionOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public ConnectionOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
