package org.osprey.os;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Python's {@code os.DirEntry}: one entry that {@link Os#scandir} found. Type questions are answered from
 * the directory entry itself wherever the OS reports the type there, so they cost no system call; otherwise,
 * and for followed symlinks, the entry stats once and caches the result.
 */
@ProviderType
public interface DirEntry {
    /**
     * The entry's file name, relative to the directory scanned.
     *
     * @return the entry's name
     */
    String name();

    /**
     * The scanned path joined with {@link #name()}; just the name when the directory was given as an fd.
     *
     * @return the entry's path
     */
    String path();

    /**
     * The inode number, from the directory entry; on Windows, whose directory listing has none, from an
     * {@code lstat} of the entry made once, when first asked, as CPython's {@code DirEntry.inode()} there.
     *
     * @return the inode number
     * @throws OsException if the {@code lstat} fails (Windows only): the subclass for its error
     */
    long inode() throws OsException;

    /**
     * {@code is_dir()}: following symlinks; {@code false} for a dangling symlink.
     *
     * @return whether the entry is a directory or a symlink to one
     * @throws OsException if the entry must be stat-ed and that fails other than with {@code ENOENT}
     */
    boolean isDir() throws OsException;

    /**
     * {@return whether the entry is a directory} Python's {@code is_dir(follow_symlinks=...)}; {@code false} where it
     * no longer exists.
     *
     * @param followSymlinks whether a symlink to a directory counts as one
     * @throws OsException if the entry must be stat-ed and that fails other than with {@code ENOENT}
     */
    boolean isDir(boolean followSymlinks) throws OsException;

    /**
     * {@return whether the entry is a regular file or a symlink to one} Python's {@code is_file()}.
     *
     * @throws OsException if the entry must be stat-ed and that fails other than with {@code ENOENT}
     */
    boolean isFile() throws OsException;

    /**
     * {@return whether the entry is a regular file} Python's {@code is_file(follow_symlinks=...)}.
     *
     * @param followSymlinks whether a symlink to a regular file counts as one
     * @throws OsException if the entry must be stat-ed and that fails other than with {@code ENOENT}
     */
    boolean isFile(boolean followSymlinks) throws OsException;

    /**
     * {@return whether the entry is a symbolic link} Python's {@code is_symlink()}.
     *
     * @throws OsException if the entry must be stat-ed and that fails other than with {@code ENOENT}
     */
    boolean isSymlink() throws OsException;

    /**
     * {@code is_junction()}: always {@code false} off Windows.
     *
     * @return {@code false} on POSIX; whether the entry is an NTFS junction on Windows
     */
    boolean isJunction();

    /**
     * {@code stat()}: following symlinks; cached after the first call.
     *
     * @return the status of the entry, or of what its symlink points to
     * @throws OsException if the stat call fails
     */
    StatResult stat() throws OsException;

    /**
     * {@return the entry's status} Python's {@code stat(follow_symlinks=...)}; cached after the first call.
     *
     * @param followSymlinks whether a symlink's target is stat-ed rather than the link
     * @throws OsException if the stat call fails
     */
    StatResult stat(boolean followSymlinks) throws OsException;
}
