package org.osprey.shutil;

/** Python's {@code shutil.SameFileError}: source and destination of a copy are the same file. */
public class SameFileException extends ShutilException {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code shutil.SameFileError(message)}.
     *
     * @param message Python's message, naming both files
     */
    public SameFileException(String message) {
        super(message);
    }
}
