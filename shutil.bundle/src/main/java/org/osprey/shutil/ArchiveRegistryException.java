package org.osprey.shutil;

/** Python's {@code shutil.RegistryError}: an unpack format claims an extension another format has. */
public class ArchiveRegistryException extends ShutilException {
    private static final long serialVersionUID = 1L;

    public ArchiveRegistryException(String message) {
        super(message);
    }
}
