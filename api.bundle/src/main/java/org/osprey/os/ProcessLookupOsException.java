package org.osprey.os;

/** Python's {@code ProcessLookupError}: raised for {@code ESRCH}. */
public class ProcessLookupOsException extends OsException {
    private static final long serialVersionUID = 1L;

    public ProcessLookupOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
