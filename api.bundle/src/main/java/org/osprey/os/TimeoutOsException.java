package org.osprey.os;

/** Python's {@code TimeoutError}: raised for {@code ETIMEDOUT}. */
public class TimeoutOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public TimeoutOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
