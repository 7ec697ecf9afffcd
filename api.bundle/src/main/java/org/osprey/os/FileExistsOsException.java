package org.osprey.os;

/** Python's {@code FileExistsError}: raised for {@code EEXIST}. */
public class FileExistsOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public FileExistsOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
