package org.osprey.shutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Optional;

import org.osprey.os.Os;
import org.osprey.os.TerminalSize;
import org.osprey.shutil.internal.ShutilImpl;

/**
 * Python's {@code shutil} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 *
 * <p>Errors: failing system calls throw the {@code os} API's {@code OsException} subtypes; Python's
 * {@code shutil.Error} is {@link ShutilException}, {@code SameFileError} {@link SameFileException},
 * {@code SpecialFileError} {@link SpecialFileException}.
 */
public interface Shutil {
    /**
     * {@code shutil} over {@link Os#get()}.
     *
     * @return the {@code shutil} module
     */
    static Shutil get() {
        return of(Os.get());
    }

    /**
     * {@code shutil} over the given {@code os}.
     *
     * @param os the {@code os} every call goes through
     * @return the {@code shutil} module
     */
    static Shutil of(Os os) {
        return new ShutilImpl(os);
    }

    /**
     * {@code shutil.copyfileobj(fsrc, fdst)}: copies to the end of {@code in} in 64 KiB chunks; returns the count.
     *
     * @param in the stream read
     * @param out the stream written
     * @return the number of bytes copied
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    long copyfileobj(InputStream in, OutputStream out) throws IOException;

    /**
     * {@code shutil.copyfileobj(fsrc, fdst, length)}, with a progress listener; returns the bytes copied.
     *
     * @param in the stream read
     * @param out the stream written
     * @param options {@code length} and a progress listener
     * @return the number of bytes copied
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    long copyfileobj(InputStream in, OutputStream out, CopyfileobjOptions options) throws IOException;

    /**
     * {@code shutil.copyfileobj} over channels (such as {@code os.fdopen}'s); returns the bytes copied.
     *
     * @param in the channel read
     * @param out the channel written
     * @param options {@code length} and a progress listener
     * @return the number of bytes copied
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    long copyfileobj(ReadableByteChannel in, WritableByteChannel out, CopyfileobjOptions options) throws IOException;

    /**
     * {@code shutil.copyfile(src, dst)}: the contents only (copied in the kernel where the OS can); returns dst.
     *
     * @param src the source path
     * @param dst the destination path
     * @return {@code dst}
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String copyfile(String src, String dst) throws IOException;

    /**
     * {@code shutil.copyfile(src, dst, follow_symlinks=...)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @param options {@code follow_symlinks} and a progress listener
     * @return {@code dst}
     * @throws SameFileException    if both name the same file
     * @throws SpecialFileException if either is a named pipe
     */
    String copyfile(String src, String dst, CopyOptions options) throws IOException;

    /**
     * {@code shutil.copymode(src, dst)}: the permission bits.
     *
     * @param src the source path
     * @param dst the destination path
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void copymode(String src, String dst) throws IOException;

    /**
     * {@code shutil.copymode(src, dst, follow_symlinks=...)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @param followSymlinks whether symlinks are followed (false: the links' own modes, where the OS allows)
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void copymode(String src, String dst, boolean followSymlinks) throws IOException;

    /**
     * {@code shutil.copystat(src, dst)}: permission bits, access and modification times, flags, xattrs.
     *
     * @param src the source path
     * @param dst the destination path
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void copystat(String src, String dst) throws IOException;

    /**
     * {@code shutil.copystat(src, dst, follow_symlinks=...)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @param followSymlinks whether symlinks are followed (false: the links' own metadata)
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void copystat(String src, String dst, boolean followSymlinks) throws IOException;

    /**
     * {@code shutil.copy(src, dst)}: contents and mode, into {@code dst} if it is a directory; returns the file.
     *
     * @param src the source path
     * @param dst the destination file or directory
     * @return the file written
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String copy(String src, String dst) throws IOException;

    /**
     * {@code shutil.copy(src, dst, follow_symlinks=...)}.
     *
     * @param src the source path
     * @param dst the destination file or directory
     * @param options {@code follow_symlinks} and a progress listener
     * @return the file written
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String copy(String src, String dst, CopyOptions options) throws IOException;

    /**
     * {@code shutil.copy2(src, dst)}: like {@link #copy} and {@link #copystat}; returns the file written.
     *
     * @param src the source path
     * @param dst the destination file or directory
     * @return the file written
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String copy2(String src, String dst) throws IOException;

    /**
     * {@code shutil.copy2(src, dst, follow_symlinks=...)}.
     *
     * @param src the source path
     * @param dst the destination file or directory
     * @param options {@code follow_symlinks} and a progress listener
     * @return the file written
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String copy2(String src, String dst, CopyOptions options) throws IOException;

    /**
     * {@code shutil.ignore_patterns(*patterns)}: an {@link Ignore} for the names matching any (fnmatch) pattern.
     *
     * @param patterns fnmatch patterns
     * @return the {@code ignore} callable
     */
    Ignore ignorePatterns(String... patterns);

    /**
     * {@code shutil.copytree(src, dst)} with Python's defaults ({@code copy2}, symlinks followed); returns dst.
     *
     * @param src the directory to copy
     * @param dst the new directory
     * @return {@code dst}
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String copytree(String src, String dst) throws IOException;

    /**
     * {@code shutil.copytree(src, dst, ...)}: copies on past failing entries and then throws them all in one
     * {@link ShutilException}.
     *
     * @param src the directory to copy
     * @param dst the new directory
     * @param options Python's keyword arguments and a progress listener
     * @return {@code dst}
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String copytree(String src, String dst, CopytreeOptions options) throws IOException;

    /**
     * {@code shutil.rmtree(path)}: fd-relative where the OS allows, so a swapped-in symlink is never followed.
     *
     * @param path the tree to remove
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void rmtree(String path) throws IOException;

    /**
     * {@code shutil.rmtree(path, ignore_errors=..., onexc=..., dir_fd=...)}.
     *
     * @param path the tree to remove
     * @param options {@code ignore_errors}, {@code onexc}, {@code dir_fd} and a progress listener
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void rmtree(String path, RmtreeOptions options) throws IOException;

    /**
     * {@code shutil.rmtree.avoids_symlink_attacks}: whether {@link #rmtree} works through directory descriptors
     * here, so that it never follows a symlink swapped in while it runs.
     *
     * @return whether {@code rmtree} is safe against symlink swaps
     */
    boolean avoidsSymlinkAttacks();

    /**
     * {@code shutil.move(src, dst)}: a rename, or a copy and a removal across file systems; returns the target.
     *
     * @param src the source path
     * @param dst the destination path, or a directory to move into
     * @return the new path
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String move(String src, String dst) throws IOException;

    /**
     * {@code shutil.move(src, dst, copy_function=...)}.
     *
     * @param src the source path
     * @param dst the destination path, or a directory to move into
     * @param options {@code copy_function} and a progress listener
     * @return the new path
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String move(String src, String dst, MoveOptions options) throws IOException;

    /**
     * {@code shutil.disk_usage(path)}: of the file system holding {@code path}.
     *
     * @param path a path on the file system
     * @return the total, used and free bytes
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    DiskUsage diskUsage(String path) throws IOException;

    /**
     * {@code shutil.chown(path, user, group)} with names (null is {@code None}, leaving that id alone).
     *
     * @param path the path, relative to the working directory unless absolute
     * @param user a user name, or null
     * @param group a group name, or null
     * @throws IllegalArgumentException if both are null (Python's {@code ValueError})
     * @throws java.util.NoSuchElementException for an unknown name (Python's {@code LookupError}, same message)
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void chown(String path, String user, String group) throws IOException;

    /**
     * {@code shutil.chown(path, uid, gid)} with numeric ids (-1 leaves that id alone).
     *
     * @param path the path, relative to the working directory unless absolute
     * @param uid a user id, or -1
     * @param gid a group id, or -1
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void chown(String path, long uid, long gid) throws IOException;

    /**
     * {@code shutil.chown(path, user, group, dir_fd=, follow_symlinks=)} with each of {@code user} and
     * {@code group} a name, an id or {@code None}; the user is looked up before the group.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param options {@code user}, {@code group}, {@code dir_fd}, {@code follow_symlinks}
     * @throws IllegalArgumentException if neither is given (Python's {@code ValueError})
     * @throws java.util.NoSuchElementException for an unknown name (Python's {@code LookupError}, same message)
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    void chown(String path, ChownOptions options) throws IOException;

    /**
     * {@code shutil.which(cmd)}: the executable {@code cmd} on {@code PATH}, or empty.
     *
     * @param cmd a command name or path
     * @return the executable's path, or empty
     */
    Optional<String> which(String cmd);

    /**
     * {@code shutil.which(cmd, mode, path)}: {@code path} null is {@code PATH}'s value.
     *
     * @param cmd a command name or path
     * @param mode the access the file must allow ({@code os.F_OK | os.X_OK} by default)
     * @param path the search path, or null
     * @return the executable's path, or empty
     */
    Optional<String> which(String cmd, int mode, String path);

    /**
     * {@code shutil.get_terminal_size()}: {@code COLUMNS}/{@code LINES}, else stdout's terminal, else 80x24.
     *
     * @return the columns and lines
     */
    TerminalSize getTerminalSize();

    /**
     * {@code shutil.get_terminal_size(fallback)}.
     *
     * @param fallback the size when neither the environment nor a terminal tells
     * @return the columns and lines
     */
    TerminalSize getTerminalSize(TerminalSize fallback);

    // ---- archives ----

    /**
     * {@code shutil.make_archive(base_name, format)}: archives the current directory; returns the archive's name.
     *
     * @param baseName the archive's name without its extension
     * @param format the archive format's name
     * @return the archive's file name
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    default String makeArchive(String baseName, String format) throws IOException {
        return makeArchive(baseName, format, MakeArchiveOptions.DEFAULT);
    }

    /**
     * {@code shutil.make_archive(base_name, format, root_dir, base_dir, dry_run=, owner=, group=)} for
     * {@code zip}, {@code tar}, {@code gztar}, {@code bztar}, {@code xztar} or a registered format. The working
     * directory is never changed; a relative {@code baseName} is relative to it, and with a {@code rootDir} the
     * returned name is absolute (as in Python).
     *
     * @param baseName the archive's name without its extension
     * @param format the archive format's name
     * @param options {@code root_dir}, {@code base_dir}, {@code dry_run}, {@code owner}, {@code group}
     * @return the archive's file name
     * @throws IllegalArgumentException for an unknown format (Python's {@code ValueError})
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    String makeArchive(String baseName, String format, MakeArchiveOptions options) throws IOException;

    /**
     * {@code shutil.unpack_archive(filename)}: into the current directory, format by extension, 'data' filter.
     *
     * @param filename the archive
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    default void unpackArchive(String filename) throws IOException {
        unpackArchive(filename, null, UnpackOptions.DEFAULT);
    }

    /**
     * {@code shutil.unpack_archive(filename, extract_dir)} with the 'data' filter.
     *
     * @param filename the archive
     * @param extractDir the directory to unpack into
     * @throws IOException if a file operation fails: an {@link org.osprey.os.OsException} for an OS error
     */
    default void unpackArchive(String filename, String extractDir) throws IOException {
        unpackArchive(filename, extractDir, UnpackOptions.DEFAULT);
    }

    /**
     * {@code shutil.unpack_archive(filename, extract_dir, format, filter=)}. Nothing is ever written outside
     * {@code extractDir}, whatever the filter: members with absolute names, {@code ..} components or a path through
     * a symlink are refused with {@link ArchiveFilterException} (zip members of the first two kinds are skipped, as
     * Python does), and so are names and link targets with a NUL byte; see {@link ExtractFilter} for what each
     * filter adds. On failure the members before the failing one stay extracted, as in Python (one being written
     * may stay partly written, directories keep the modes they were made with); an {@code ArchiveFilterException}
     * names the member and the archive, an OS error the member's place in {@code extractDir} (null: Python's
     * {@code None}, the working directory).
     *
     * @param filename the archive
     * @param extractDir the directory to unpack into
     * @param options {@code format}, {@code filter} and a progress listener
     * @throws ArchiveReadException     if the file is not of its format, or no format has its extension
     * @throws IllegalArgumentException for an unknown format name (Python's {@code ValueError})
     */
    void unpackArchive(String filename, String extractDir, UnpackOptions options) throws IOException;

    /**
     * {@code shutil.get_archive_formats()}: sorted by name.
     *
     * @return the formats
     */
    List<ArchiveFormat> getArchiveFormats();

    /**
     * {@code shutil.get_unpack_formats()}: sorted by name.
     *
     * @return the formats
     */
    List<UnpackFormat> getUnpackFormats();

    /**
     * {@code shutil.register_archive_format(name, function, description=)}; the registry is shared by every
     * {@code Shutil} in the JVM, like Python's module global. An existing format of that name is replaced.
     *
     * @param name the format's name
     * @param function makes the archive
     * @param description the format's description
     */
    void registerArchiveFormat(String name, ArchiveMaker function, String description);

    /**
     * {@code shutil.unregister_archive_format(name)}; {@link java.util.NoSuchElementException} if unknown.
     *
     * @param name the format's name
     */
    void unregisterArchiveFormat(String name);

    /**
     * {@code shutil.register_unpack_format(name, extensions, function, description=)}.
     *
     * @param name the format's name
     * @param extensions the file name endings that select the format
     * @param function unpacks the archive
     * @param description the format's description
     * @throws ArchiveRegistryException if an extension already belongs to a format
     */
    void registerUnpackFormat(String name, List<String> extensions, ArchiveUnpacker function, String description)
            throws ArchiveRegistryException;

    /**
     * {@code shutil.unregister_unpack_format(name)}; {@link java.util.NoSuchElementException} if unknown.
     *
     * @param name the format's name
     */
    void unregisterUnpackFormat(String name);
}
