package org.osprey.os;

/** Python's {@code InterruptedError}: raised for {@code EINTR}. */
public class InterruptedOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public InterruptedOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
