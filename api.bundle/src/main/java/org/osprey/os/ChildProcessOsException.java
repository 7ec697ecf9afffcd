package org.osprey.os;

/** Python's {@code ChildProcessError}: raised for {@code ECHILD}. */
public class ChildProcessOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public ChildProcessOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
