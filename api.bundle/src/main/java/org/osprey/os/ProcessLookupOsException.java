package org.osprey.os;

/** Python's {@code ProcessLookupError}: raised for {@code ESRCH}. */
public class ProcessLookupOsException extends OsException {
    private static final long serialVersionUID = 1L;

    /**
     * The error for {@code errno}, with its message and the file names involved.
     *
     * @param errno the error number
     * @param strerror the system's message for {@code errno}
     * @param filename the file name the error is about, or null
     * @param filename2 the second file name (the target of a rename or link), or null
     */
    public ProcessLookupOsException(int errno, String strerror, String filename, String filename2) {
        super(errno, strerror, filename, filename2);
    }
}
