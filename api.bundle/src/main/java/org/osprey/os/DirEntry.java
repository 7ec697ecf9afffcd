package org.osprey.os;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Python's {@code os.DirEntry}: one entry that {@link Os#scandir} found. Type questions are answered from
 * the directory entry itself wherever the OS reports the type there, so they cost no system call; otherwise,
 * and for followed symlinks, the entry stats once and caches the result.
 */
@ProviderType
public interface DirEntry {
    /** The entry's file name, relative to the directory scanned. */
    String name();

    /** The scanned path joined with {@link #name()}; just the name when the directory was given as an fd. */
    String path();

    /** The inode number, from the directory entry. */
    long inode();

    /** {@code is_dir()}: following symlinks; {@code false} for a dangling symlink. */
    boolean isDir() throws OsException;

    boolean isDir(boolean followSymlinks) throws OsException;

    boolean isFile() throws OsException;

    boolean isFile(boolean followSymlinks) throws OsException;

    boolean isSymlink() throws OsException;

    /** {@code is_junction()}: always {@code false} off Windows. */
    boolean isJunction();

    /** {@code stat()}: following symlinks; cached after the first call. */
    StatResult stat() throws OsException;

    StatResult stat(boolean followSymlinks) throws OsException;
}
