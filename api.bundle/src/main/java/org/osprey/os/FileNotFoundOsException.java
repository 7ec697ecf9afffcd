package org.osprey.os;

/** Python's {@code FileNotFoundError}: raised for {@code ENOENT}. */
public class FileNotFoundOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public FileNotFoundOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }

    /** Python's {@code FileNotFoundError(message)}: no errno, strerror or file name (see {@link OsException}). */
    public FileNotFoundOsException(String message) {
        super(message);
    }
}
