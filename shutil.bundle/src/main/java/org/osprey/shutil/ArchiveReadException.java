package org.osprey.shutil;

/**
 * Python's {@code shutil.ReadError}: a file is not an archive of the format it was taken for, or no unpacker
 * is registered for its extension.
 */
public class ArchiveReadException extends ShutilException {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code shutil.ReadError(message)}.
     *
     * @param message what could not be read
     */
    public ArchiveReadException(String message) {
        super(message);
    }
}
