package org.osprey.os;

/** Python's {@code PermissionError}: raised for {@code EACCES, EPERM and ENOTCAPABLE}. */
public class PermissionOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public PermissionOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
