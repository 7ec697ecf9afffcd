package org.osprey.shutil;

/** Python's {@code shutil.SameFileError}: source and destination of a copy are the same file. */
public class SameFileException extends ShutilException {
    private static final long serialVersionUID = 1L;

    public SameFileException(String message) {
        super(message);
    }
}
