package org.osprey.os;

/** Python's {@code IsADirectoryError}: raised for {@code EISDIR}. */
public class IsADirectoryOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public IsADirectoryOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
