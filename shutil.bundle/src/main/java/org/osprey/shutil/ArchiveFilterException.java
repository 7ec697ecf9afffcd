package org.osprey.shutil;

/**
 * Python's {@code tarfile.FilterError} (and its subclasses {@code AbsolutePathError},
 * {@code OutsideDestinationError}, {@code SpecialFileError}, {@code AbsoluteLinkError},
 * {@code LinkOutsideDestinationError}): an archive member that the extraction filter refuses. Unpacking stops at
 * that member; the members before it stay extracted, as in Python.
 */
public class ArchiveFilterException extends ShutilException {
    private static final long serialVersionUID = 1L;

    private final String member;

    public ArchiveFilterException(String member, String message) {
        super(message);
        this.member = member;
    }

    /** The refused member's name as the archive has it. */
    public String member() {
        return member;
    }
}
