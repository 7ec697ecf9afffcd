package org.osprey.os;

/** Python's {@code BrokenPipeError}: raised for {@code EPIPE and ESHUTDOWN}. */
public class BrokenPipeOsException extends ConnectionOsException {
    private static final long serialVersionUID = 1L;

    public BrokenPipeOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
