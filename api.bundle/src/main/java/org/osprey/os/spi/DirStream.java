package org.osprey.os.spi;

import org.osprey.os.OsException;

/**
 * An open directory being read, one entry at a time, as a cursor: no object per entry. {@code "."} and
 * {@code ".."} are never returned. The stream owns its native handle and {@link #close()} releases it, once;
 * a close from another thread must wait for a {@link #next()} in progress (after it, {@code next()} is
 * {@code false} and makes no native call), and a stream dropped unclosed should be released when collected.
 */
public interface DirStream extends AutoCloseable {
    /** The entry's type is not known from the directory: callers must stat to learn it. */
    int TYPE_UNKNOWN = 0;
    /** The entry is a directory. */
    int TYPE_DIR = 1;
    /** The entry is a regular file. */
    int TYPE_FILE = 2;
    /** The entry is a symbolic link. */
    int TYPE_SYMLINK = 3;
    /** A device, FIFO or socket. */
    int TYPE_OTHER = 4;

    /**
     * Advances to the next entry; {@code false} at the end.
     *
     * @return whether there is an entry
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    boolean next() throws OsException;

    /**
     * The current entry's name, decoded with {@link org.osprey.os.FsCodec}.
     *
     * @return the name
     */
    String name();

    /**
     * The current entry's type as the directory reports it, one of the {@code TYPE_} constants.
     *
     * @return the type, or 0 where unknown
     */
    int type();

    /**
     * The current entry's inode number; meaningless where {@link #hasIno()} is {@code false}.
     *
     * @return the inode number
     */
    long ino();

    /**
     * Whether the directory reports its entries' inode numbers. Windows' find data has no file index: there an
     * entry's {@code inode()} lstats it once when asked, as CPython's {@code DirEntry.inode()} does.
     *
     * @return whether {@link #ino()} is the entry's inode number
     */
    default boolean hasIno() {
        return true;
    }

    @Override
    void close();
}
