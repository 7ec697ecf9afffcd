package org.osprey.shutil;

/**
 * Python's {@code shutil.ReadError}: a file is not an archive of the format it was taken for, or no unpacker
 * is registered for its extension.
 */
public class ArchiveReadException extends ShutilException {
    private static final long serialVersionUID = 1L;

    public ArchiveReadException(String message) {
        super(message);
    }
}
