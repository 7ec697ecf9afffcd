package org.osprey.os;

/** Python's {@code NotADirectoryError}: raised for {@code ENOTDIR}. */
public class NotADirectoryOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public NotADirectoryOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
