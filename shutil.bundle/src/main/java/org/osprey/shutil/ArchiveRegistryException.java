package org.osprey.shutil;

/** Python's {@code shutil.RegistryError}: an unpack format claims an extension another format has. */
public class ArchiveRegistryException extends ShutilException {
    private static final long serialVersionUID = 1L;

    /**
     * Python's {@code shutil.RegistryError(message)}.
     *
     * @param message the conflict
     */
    public ArchiveRegistryException(String message) {
        super(message);
    }
}
