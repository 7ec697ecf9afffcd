package org.osprey.shutil;

/**
 * Python's {@code tarfile.FilterError} (and its subclasses {@code AbsolutePathError},
 * {@code OutsideDestinationError}, {@code SpecialFileError}, {@code AbsoluteLinkError},
 * {@code LinkOutsideDestinationError}): an archive member that the extraction filter refuses, or whose name cannot
 * be a file name. Unpacking stops at that member; the members before it stay extracted, as in Python.
 */
public class ArchiveFilterException extends ShutilException {
    private static final long serialVersionUID = 1L;

    /** The refused member's name. */
    private final String member;
    /** The archive's file name, or null. */
    private final String archive;

    /**
     * A refusal of {@code member}, the archive not yet known.
     *
     * @param member the member's name as the archive has it
     * @param message Python's message
     */
    public ArchiveFilterException(String member, String message) {
        this(null, member, message);
    }

    /**
     * A refusal of a member of {@code archive} (null if not known).
     *
     * @param archive the archive's file name, or null
     * @param member the member's name as the archive has it
     * @param message Python's message
     */
    public ArchiveFilterException(String archive, String member, String message) {
        super(message);
        this.member = member;
        this.archive = archive;
    }

    /**
     * The refused member's name as the archive has it.
     *
     * @return the member's name
     */
    public String member() {
        return member;
    }

    /**
     * The archive file the member is in; {@code unpackArchive} always sets it. The message is Python's alone.
     *
     * @return the archive's file name, or null
     */
    public String archive() {
        return archive;
    }

    /**
     * The same refusal, naming the archive it came from, with this one as its cause.
     *
     * @param archiveName the archive's file name
     * @return the new exception
     */
    public ArchiveFilterException withArchive(String archiveName) {
        ArchiveFilterException named = new ArchiveFilterException(archiveName, member, getMessage());
        named.initCause(this);
        return named;
    }
}
