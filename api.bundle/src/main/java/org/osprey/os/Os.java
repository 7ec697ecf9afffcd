package org.osprey.os;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.internal.OsLocator;
import org.osprey.os.path.OsPath;
import org.osprey.os.spi.OsProvider;

/**
 * Python's {@code os} module. Each method is the Python function of the same name; keyword arguments are
 * overloads or small option types ({@link At}, {@link WalkOptions}); tuples are records.
 *
 * <p>Paths are Java strings. On POSIX a file name is bytes: names that are not valid UTF-8 arrive with each
 * undecodable byte as a lone surrogate and go back to the same bytes ({@link FsCodec}, Python's
 * {@code surrogateescape}). A path holding a NUL character is rejected with an
 * {@link IllegalArgumentException} (Python's {@code ValueError}) before any native call. A failing native call
 * throws the {@link OsException} subtype for its errno.
 *
 * <p>{@code chdir} changes the process's real working directory: every relative path given to Osprey resolves
 * against it, as in Python. ({@code java.io.File} and {@code java.nio.file} keep resolving against the JVM's
 * {@code user.dir}.)
 *
 * <p>In an OSGi framework, get this as a service; elsewhere call {@link #get()}.
 */
@ProviderType
public interface Os {
    /** {@code os.F_OK}: test for existence, with {@link #access}. */
    int F_OK = 0;
    /** {@code os.R_OK}: test for read permission, with {@link #access}. */
    int R_OK = 4;
    /** {@code os.W_OK}: test for write permission, with {@link #access}. */
    int W_OK = 2;
    /** {@code os.X_OK}: test for execute permission, with {@link #access}. */
    int X_OK = 1;

    /** Python's {@code offset=None} for {@link #copyFileRange(int, int, long, long, long)}. */
    long NO_OFFSET = -1;

    /**
     * The {@code os} of the running platform: off OSGi, the best usable {@link OsProvider} that
     * {@link java.util.ServiceLoader} finds, or the one the system property {@code osprey.provider} names (read
     * at the first call); in an OSGi framework, the current {@code Os} service.
     *
     * @return the {@code os} to call
     * @throws NoProviderException (an {@link IllegalStateException}) on every call while no provider serves,
     *         naming what was looked for and the provider to add, or what was asked for and what was found
     */
    static Os get() {
        return OsLocator.current();
    }

    /**
     * An {@code os} served by the given provider.
     *
     * @param provider the provider that serves every call
     * @return an {@code os} over {@code provider}
     * @throws NoProviderException if the provider is not {@link OsProvider#isUsable() usable} here, saying why
     */
    static Os of(OsProvider provider) {
        return OsLocator.wrapUsable(provider);
    }

    // ---- platform facts ----

    /**
     * The provider serving this {@code os}, for diagnostics. An Osprey extension (Python has none).
     *
     * @return the provider's {@link OsProvider#id()}
     */
    String providerId();

    /**
     * {@code os.name}, {@code os.sep}, {@code os.linesep} and the other path constants.
     *
     * @return the running platform's constants
     */
    Platform platform();

    /**
     * {@code os.name}: {@code "posix"} or {@code "nt"}.
     *
     * @return the platform's {@code os.name}
     */
    default String name() {
        return platform().name();
    }

    /** {@return {@code os.sep}, the path separator: {@code "/"} or {@code "\\"}} */
    default String sep() {
        return platform().sep();
    }

    /** {@return {@code os.linesep}, the line ending: {@code "\n"} or {@code "\r\n"}} */
    default String linesep() {
        return platform().linesep();
    }

    /** {@return {@code os.devnull}, the null device's path} */
    default String devnull() {
        return platform().devnull();
    }

    /**
     * {@code os.path}: the running platform's flavour, bound to this {@code os}.
     *
     * @return the {@code os.path} module
     */
    OsPath path();

    /**
     * {@code os.supports_dir_fd} and the other {@code supports_} sets.
     *
     * @return the functions that take {@code dir_fd}, {@code fd} and {@code follow_symlinks} here
     */
    Supports supports();

    // ---- file names ----

    /**
     * {@code os.fsencode}.
     *
     * @param filename a file name
     * @return its bytes on the file system
     */
    byte[] fsencode(String filename);

    /**
     * {@code os.fsdecode}.
     *
     * @param filename a file name as bytes
     * @return the name as a string, undecodable bytes escaped
     */
    String fsdecode(byte[] filename);

    /**
     * {@code os.fspath(path)} for a {@link java.nio.file.Path}: the string every Osprey method takes, naming the
     * same file. Lossless: on POSIX the path's own bytes, undecodable ones as surrogateescape
     * ({@link Path#toString()} would turn them into U+FFFD, or every non-ASCII byte under the C locale). A relative
     * path stays relative (Osprey resolves it against the process's working directory, the JDK against
     * {@code user.dir}; they differ only after {@link #chdir}). Bytes: {@code fsencode(fspath(path))}.
     *
     * @param path a path of the default file system
     * @return the same path as Osprey's string
     * @throws IllegalArgumentException for a path of another file system (a zip file system, say)
     */
    String fspath(Path path);

    /**
     * The reverse of {@link #fspath(Path)} (Python's {@code pathlib.Path(path)}): the default file system's
     * {@link Path} naming the same file as {@code path}, a surrogateescaped byte back to that byte, where
     * {@link Path#of} would refuse it. The JDK drops a trailing separator and repeated ones, as {@code pathlib}
     * does. From bytes: {@code toPath(fsdecode(bytes))}.
     *
     * @param path a path as every Osprey method takes it
     * @return the default file system's path naming the same file
     * @throws IllegalArgumentException for a NUL in {@code path} ({@link UnicodeEncodeException} for a lone
     *         surrogate that stands for no byte)
     */
    Path toPath(String path);

    // ---- working directory ----

    /**
     * {@return the current working directory} Mirrors {@code os.getcwd()}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String getcwd() throws OsException;

    /**
     * {@return the current working directory as bytes} Mirrors {@code os.getcwdb()}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] getcwdb() throws OsException;

    /**
     * Changes the working directory of the process. Mirrors {@code os.chdir(path)}.
     *
     * @param path the new working directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chdir(String path) throws OsException;

    // ---- directories ----

    /**
     * {@code os.listdir()}: the names in the working directory, in directory order.
     *
     * @return the names, without {@code "."} and {@code ".."}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listdir() throws OsException;

    /**
     * {@return the names in directory {@code path}, in directory order, without {@code "."} and {@code ".."}} Mirrors
     * {@code os.listdir(path)}.
     *
     * @param path the directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listdir(String path) throws OsException;

    /**
     * {@code os.listdir(bytes)}: the names as bytes.
     *
     * @param path the directory as bytes
     * @return the names, without {@code "."} and {@code ".."}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<byte[]> listdir(byte[] path) throws OsException;

    /**
     * {@code os.listdir(fd)}: the names in the directory open at {@code fd}.
     *
     * @param fd a descriptor of a directory
     * @return the names, without {@code "."} and {@code ".."}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listdir(int fd) throws OsException;

    /**
     * {@code os.scandir()}: the working directory's entries, lazily. Close it (try-with-resources).
     *
     * @return the entries, to close after use
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ScandirIterator scandir() throws OsException;

    /**
     * {@return the entries of directory {@code path}, lazily; close it (try-with-resources)} Mirrors
     * {@code os.scandir(path)}.
     *
     * @param path the directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ScandirIterator scandir(String path) throws OsException;

    /**
     * {@return the entries of the directory open at {@code fd}, lazily; close it} Mirrors {@code os.scandir(fd)}; the
     * entries' paths are their names.
     *
     * @param fd a descriptor of a directory, which stays open
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ScandirIterator scandir(int fd) throws OsException;

    /**
     * Creates a directory with mode {@code 0o777} (less the umask). Mirrors {@code os.mkdir(path)}.
     *
     * @param path the new directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mkdir(String path) throws OsException;

    /**
     * Creates a directory. Mirrors {@code os.mkdir(path, mode)}.
     *
     * @param path the new directory
     * @param mode the permission bits, less the umask
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mkdir(String path, int mode) throws OsException;

    /**
     * Creates a directory. Mirrors {@code os.mkdir(path, mode, dir_fd=...)}; only the {@code dir_fd} of {@code at}
     * applies.
     *
     * @param path the new directory
     * @param mode the permission bits, less the umask
     * @param at the {@code dir_fd} that a relative {@code path} is resolved against
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mkdir(String path, int mode, At at) throws OsException;

    /**
     * {@code os.makedirs(name)}: fails if the leaf exists.
     *
     * @param path the leaf directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void makedirs(String path) throws OsException;

    /**
     * Creates a directory and its missing parents. Mirrors {@code os.makedirs(name, mode, exist_ok)}.
     *
     * @param path the leaf directory
     * @param mode the permission bits of the directories created, less the umask
     * @param existOk whether an existing leaf directory is fine
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void makedirs(String path, int mode, boolean existOk) throws OsException;

    /**
     * {@code os.makedirs(name, exist_ok=existOk)}: mode {@code 0o777}, as Python's default.
     *
     * @param path the leaf directory
     * @param existOk whether an existing leaf directory is fine
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void makedirs(String path, boolean existOk) throws OsException;

    /**
     * Removes an empty directory. Mirrors {@code os.rmdir(path)}.
     *
     * @param path the directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void rmdir(String path) throws OsException;

    /**
     * Removes an empty directory. Mirrors {@code os.rmdir(path, dir_fd=...)}.
     *
     * @param path the directory
     * @param at the {@code dir_fd} that a relative {@code path} is resolved against
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void rmdir(String path, At at) throws OsException;

    /**
     * {@code os.walk(top)}: top-down, errors ignored, symlinks to directories not followed.
     *
     * @param top the directory the walk starts at
     * @return the walk, one entry per directory, computed lazily; {@link Walk#stream()} for a stream
     */
    Walk walk(String top);

    /**
     * {@return the walk of the tree under {@code top}, one entry per directory, computed lazily} Mirrors
     * {@code os.walk(top, topdown, onerror, followlinks)}.
     *
     * @param top the directory the walk starts at
     * @param options {@code topdown}, {@code onerror} and {@code followlinks}
     */
    Walk walk(String top, WalkOptions options);

    /**
     * {@code os.fchdir}: makes the directory open at {@code fd} the working directory.
     *
     * @param fd a descriptor of a directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fchdir(int fd) throws OsException;

    /**
     * {@code os.chroot}: changes the root directory of the whole process (the JVM included), which needs
     * privileges and cannot be undone; meant for a process about to run untrusted code.
     *
     * @param path the new root directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chroot(String path) throws OsException;

    /**
     * {@code os.removedirs}: removes the leaf directory, then each parent named in {@code path} that is left
     * empty, stopping quietly at the first that cannot be removed. Only the leaf's failure is an error.
     *
     * @param path the leaf directory
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void removedirs(String path) throws OsException;

    /**
     * {@code os.renames}: renames after creating the missing parents of {@code dst}, then prunes the parents
     * of {@code src} that are left empty, as {@link #removedirs} does.
     *
     * @param src the path to rename
     * @param dst the new path
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void renames(String src, String dst) throws OsException;

    /**
     * {@code os.fwalk(top)}: top-down, errors ignored, symlinks never followed. Close the result.
     *
     * @param top the directory the walk starts at
     * @return the walk, to close after use
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    FwalkIterator fwalk(String top) throws OsException;

    /**
     * {@code os.fwalk}: like {@link #walk}, but each step also carries an open descriptor of its directory,
     * and the walk checks, by comparing the {@code lstat} of each name with the {@code fstat} of what it opened,
     * that it never leaves the tree through a symlink unless {@code followSymlinks}. One descriptor is open per
     * level; close the result (try-with-resources) if the walk may stop early.
     *
     * @param top the directory the walk starts at
     * @param options {@code topdown}, {@code onerror}, {@code follow_symlinks} and {@code dir_fd}
     * @return the walk, to close after use
     * @throws OsException if {@code top} itself cannot be opened, as in Python
     */
    FwalkIterator fwalk(String top, FwalkOptions options) throws OsException;

    // ---- files ----

    /**
     * {@return the status of {@code path}, following symlinks} Mirrors {@code os.stat(path)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult stat(String path) throws OsException;

    /**
     * {@return the status of {@code path}} Mirrors {@code os.stat(path, dir_fd=..., follow_symlinks=...)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult stat(String path, At at) throws OsException;

    /**
     * Osprey's addition (Python has none): {@code stat} that answers empty where {@code os.stat} would raise,
     * without the cost of an exception. {@code os.path.exists}, {@code isdir} and the other predicates are this;
     * use it where a missing file is an expected answer, not an error (a NUL still throws, as everywhere).
     *
     * @param path the path
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @return the status, or empty where {@code os.stat} raises an {@code OSError}
     */
    Optional<StatResult> statIfExists(String path, At at);

    /**
     * {@link #statIfExists(String, At)} following symbolic links, as {@code os.stat(path)}.
     *
     * @param path the path
     * @return the status, or empty where {@code os.stat} raises an {@code OSError}
     */
    Optional<StatResult> statIfExists(String path);

    /**
     * {@code os.stat(fd)}, the same as {@link #fstat}.
     *
     * @param fd an open file descriptor
     * @return the status of the open file
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult stat(int fd) throws OsException;

    /**
     * {@return the status of {@code path}, of a symlink itself rather than its target} Mirrors {@code os.lstat(path)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult lstat(String path) throws OsException;

    /**
     * {@return the status of {@code path}, never following a symlink} Mirrors {@code os.lstat(path, dir_fd=...)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult lstat(String path, At at) throws OsException;

    /**
     * {@return the status of the file open at {@code fd}} Mirrors {@code os.fstat(fd)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatResult fstat(int fd) throws OsException;

    /**
     * Removes a file (not a directory). Mirrors {@code os.remove(path)}.
     *
     * @param path the file
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void remove(String path) throws OsException;

    /**
     * Removes a file (not a directory). Mirrors {@code os.remove(path, dir_fd=...)}.
     *
     * @param path the file
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void remove(String path, At at) throws OsException;

    /**
     * Removes a file (not a directory); the same as {@link #remove(String)}. Mirrors {@code os.unlink(path)}.
     *
     * @param path the file
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void unlink(String path) throws OsException;

    /**
     * Removes a file (not a directory). Mirrors {@code os.unlink(path, dir_fd=...)}.
     *
     * @param path the file
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void unlink(String path, At at) throws OsException;

    /**
     * Renames a file or directory. Mirrors {@code os.rename(src, dst)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void rename(String src, String dst) throws OsException;

    /**
     * Renames a file or directory. Mirrors {@code os.rename(src, dst, src_dir_fd=..., dst_dir_fd=...)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @param srcDirFd the directory a relative {@code src} is resolved against, or {@link At#NO_DIR_FD}
     * @param dstDirFd the directory a relative {@code dst} is resolved against, or {@link At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException;

    /**
     * Renames a file or directory, replacing {@code dst} if it exists. Mirrors {@code os.replace(src, dst)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void replace(String src, String dst) throws OsException;

    /**
     * Renames a file or directory, replacing {@code dst}. Mirrors
     * {@code os.replace(src, dst, src_dir_fd=..., dst_dir_fd=...)}.
     *
     * @param src the source path
     * @param dst the destination path
     * @param srcDirFd the directory a relative {@code src} is resolved against, or {@link At#NO_DIR_FD}
     * @param dstDirFd the directory a relative {@code dst} is resolved against, or {@link At#NO_DIR_FD}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException;

    /**
     * {@code os.symlink(src, dst)}: creates {@code dst} pointing at {@code src}.
     *
     * @param src what the link points at, stored as given
     * @param dst the link to create
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void symlink(String src, String dst) throws OsException;

    /**
     * Creates symlink {@code dst} pointing at {@code src}. Mirrors {@code os.symlink(src, dst, target_is_directory)}.
     *
     * @param src what the link points at, stored as given
     * @param dst the link to create
     * @param targetIsDirectory Windows' directory link flag; ignored on POSIX
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void symlink(String src, String dst, boolean targetIsDirectory) throws OsException;

    /**
     * Creates symlink {@code dst} pointing at {@code src}. Mirrors
     * {@code os.symlink(src, dst, target_is_directory, dir_fd=...)}.
     *
     * @param src what the link points at, stored as given
     * @param dst the link to create
     * @param targetIsDirectory Windows' directory link flag; ignored on POSIX
     * @param at the {@code dir_fd} that a relative {@code dst} is resolved against
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void symlink(String src, String dst, boolean targetIsDirectory, At at) throws OsException;

    /**
     * {@return what symlink {@code path} points at} Mirrors {@code os.readlink(path)}.
     *
     * @param path the symlink
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String readlink(String path) throws OsException;

    /**
     * {@return what symlink {@code path} points at} Mirrors {@code os.readlink(path, dir_fd=...)}.
     *
     * @param path the symlink
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String readlink(String path, At at) throws OsException;

    /**
     * Creates hard link {@code dst} to {@code src}. Mirrors {@code os.link(src, dst)}.
     *
     * @param src the existing file
     * @param dst the new link
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void link(String src, String dst) throws OsException;

    /**
     * Creates hard link {@code dst} to {@code src}. Mirrors
     * {@code os.link(src, dst, src_dir_fd=..., dst_dir_fd=..., follow_symlinks=...)}.
     *
     * @param src the existing file
     * @param dst the new link
     * @param srcDirFd the directory a relative {@code src} is resolved against, or {@link At#NO_DIR_FD}
     * @param dstDirFd the directory a relative {@code dst} is resolved against, or {@link At#NO_DIR_FD}
     * @param followSymlinks whether a symlink {@code src} is followed (the link is to its target)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException;

    /**
     * Changes the mode of {@code path}, following symlinks. Mirrors {@code os.chmod(path, mode)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param mode the new permission bits
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chmod(String path, int mode) throws OsException;

    /**
     * Changes the mode of {@code path}. Mirrors {@code os.chmod(path, mode, dir_fd=..., follow_symlinks=...)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param mode the new permission bits
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chmod(String path, int mode, At at) throws OsException;

    /**
     * {@code os.access}: {@code true} if the real ids may use {@code path} as {@code mode} asks.
     *
     * @param path the path
     * @param mode {@link #F_OK}, or the or of {@link #R_OK}, {@link #W_OK} and {@link #X_OK}
     * @return whether access is allowed; {@code false} also for any error
     */
    boolean access(String path, int mode);

    /**
     * {@return whether {@code path} may be used as {@code mode} asks; {@code false} also for any error} Mirrors
     * {@code os.access(path, mode, dir_fd=..., effective_ids=..., follow_symlinks=...)}.
     *
     * @param path the path
     * @param mode {@link #F_OK}, or the or of {@link #R_OK}, {@link #W_OK} and {@link #X_OK}
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @param effectiveIds whether the effective ids are checked instead of the real ones
     */
    boolean access(String path, int mode, At at, boolean effectiveIds);

    /**
     * {@code os.fchmod}.
     *
     * @param fd an open file descriptor
     * @param mode the new permission bits
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fchmod(int fd, int mode) throws OsException;

    /**
     * {@code os.lchmod}: changes a symlink's own mode. Only where the OS can (macOS); Linux has no
     * {@code lchmod} and neither has Python there: throws {@link UnsupportedOperationException}.
     *
     * @param path the symlink
     * @param mode the new permission bits
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void lchmod(String path, int mode) throws OsException;

    /**
     * {@code os.chown}: a uid or gid of {@code -1} leaves it unchanged.
     *
     * @param path the path, following symlinks
     * @param uid a user id, {@code -1} to leave it unchanged where the call allows
     * @param gid a group id, {@code -1} to leave it unchanged where the call allows
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chown(String path, long uid, long gid) throws OsException;

    /**
     * {@code os.chown(path, uid, gid, dir_fd=, follow_symlinks=)}, through {@code fchownat(2)}.
     *
     * @param path the path
     * @param uid a user id, {@code -1} to leave it unchanged where the call allows
     * @param gid a group id, {@code -1} to leave it unchanged where the call allows
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chown(String path, long uid, long gid, At at) throws OsException;

    /**
     * {@code os.chown(fd, ...)}, the same as {@link #fchown}.
     *
     * @param fd an open file descriptor
     * @param uid a user id, {@code -1} to leave it unchanged where the call allows
     * @param gid a group id, {@code -1} to leave it unchanged where the call allows
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chown(int fd, long uid, long gid) throws OsException;

    /**
     * {@code os.lchown}: changes the owner of a symlink itself, never its target.
     *
     * @param path the symlink
     * @param uid a user id, {@code -1} to leave it unchanged where the call allows
     * @param gid a group id, {@code -1} to leave it unchanged where the call allows
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void lchown(String path, long uid, long gid) throws OsException;

    /**
     * Changes the owner and group of the file open at {@code fd}. Mirrors {@code os.fchown(fd, uid, gid)}.
     *
     * @param fd an open file descriptor
     * @param uid a user id, {@code -1} to leave it unchanged where the call allows
     * @param gid a group id, {@code -1} to leave it unchanged where the call allows
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fchown(int fd, long uid, long gid) throws OsException;

    /**
     * {@code os.chflags}: sets BSD file flags ({@code UF_*}/{@code SF_*} of Python's {@code stat} module).
     * macOS only; Linux has no such flags (its {@code chattr} attributes are another interface) and Python has
     * no {@code os.chflags} there: throws {@link UnsupportedOperationException}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param flags the new flags
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chflags(String path, int flags) throws OsException;

    /**
     * Sets BSD file flags, as {@link #chflags(String, int)}. Mirrors
     * {@code os.chflags(path, flags, follow_symlinks=...)}; macOS only.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param flags the new flags
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void chflags(String path, int flags, boolean followSymlinks) throws OsException;

    /**
     * {@code os.lchflags}: {@link #chflags} on a symlink itself; macOS only, as that.
     *
     * @param path the symlink
     * @param flags the new flags
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void lchflags(String path, int flags) throws OsException;

    /**
     * {@code os.mkfifo(path, 0o666)}.
     *
     * @param path the fifo to create
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mkfifo(String path) throws OsException;

    /**
     * {@code os.mkfifo}. {@code dir_fd} needs {@code mkfifoat}, which Linux has (see {@link Supports#dirFd()}).
     *
     * @param path the fifo to create
     * @param mode the permission bits, less the umask
     * @param at the {@code dir_fd} that a relative {@code path} is resolved against
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mkfifo(String path, int mode, At at) throws OsException;

    /**
     * {@code os.mknod}: {@code mode} combines the permissions with a file type ({@code S_IFREG},
     * {@code S_IFCHR}, {@code S_IFBLK}, {@code S_IFIFO}, {@code S_IFSOCK}); {@code device} comes from
     * {@link #makedev} for a device file.
     *
     * @param path the node to create
     * @param mode the permission bits or-ed with the file type
     * @param device the device number of a device file; otherwise ignored
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mknod(String path, int mode, long device) throws OsException;

    /**
     * Creates a file system node, as {@link #mknod(String, int, long)}. Mirrors
     * {@code os.mknod(path, mode, device, dir_fd=...)}.
     *
     * @param path the node to create
     * @param mode the permission bits or-ed with the file type
     * @param device the device number of a device file; otherwise ignored
     * @param at the {@code dir_fd} that a relative {@code path} is resolved against
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void mknod(String path, int mode, long device, At at) throws OsException;

    /**
     * {@code os.major}: the major number of a device number, decoded as the running platform encodes them.
     * {@code device} is the native {@code dev_t}, its bits carried in a {@code long}; {@code NODEV} (-1) gives
     * -1, as in CPython 3.13.
     *
     * @param device a device number
     * @return its major number
     */
    long major(long device);

    /**
     * {@code os.minor}: the minor number, as {@link #major}.
     *
     * @param device a device number
     * @return its minor number
     */
    long minor(long device);

    /**
     * {@code os.makedev}: the running platform's device number for a major and a minor number.
     *
     * @param major the major number
     * @param minor the minor number
     * @return the device number
     */
    long makedev(int major, int minor);

    /**
     * {@code os.pathconf}: a configurable limit of the file system holding {@code path}; {@code -1} where there is
     * no limit. {@code name} is a key of {@link #pathconfNames()}, such as {@code "PC_NAME_MAX"}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param name the limit's name
     * @return the limit, or {@code -1}
     * @throws IllegalArgumentException for a name the platform does not know (Python's {@code ValueError})
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long pathconf(String path, String name) throws OsException;

    /**
     * {@code os.pathconf} with the platform's number for the name.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param name the limit's number on this platform
     * @return the limit, or {@code -1}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long pathconf(String path, int name) throws OsException;

    /**
     * {@code os.fpathconf}, also Python's {@code os.pathconf(fd, name)}.
     *
     * @param fd an open file descriptor
     * @param name the limit's name, a key of {@link #pathconfNames()}
     * @return the limit, or {@code -1}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long fpathconf(int fd, String name) throws OsException;

    /**
     * {@return a configurable limit of the file system holding the file open at {@code fd}, or {@code -1}} Mirrors
     * {@code os.fpathconf(fd, name)} with the platform's number for the name.
     *
     * @param fd an open file descriptor
     * @param name the limit's number on this platform
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long fpathconf(int fd, int name) throws OsException;

    /**
     * {@code os.pathconf_names}: the names {@link #pathconf} accepts on the running platform, each with the
     * platform's number for it (the numbers differ between Linux and macOS). Immutable.
     *
     * @return the names and their numbers
     */
    Map<String, Integer> pathconfNames();

    /**
     * {@code os.statvfs}.
     *
     * @param path a path on the file system
     * @return the status of the file system holding {@code path}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatvfsResult statvfs(String path) throws OsException;

    /**
     * {@code os.statvfs(fd)}, the same as {@link #fstatvfs}.
     *
     * @param fd an open file descriptor
     * @return the status of the file system holding the open file
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatvfsResult statvfs(int fd) throws OsException;

    /**
     * {@return the status of the file system holding the file open at {@code fd}} Mirrors {@code os.fstatvfs(fd)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    StatvfsResult fstatvfs(int fd) throws OsException;

    /** {@code os.sync}: asks the OS to write every buffered file system change to disk. */
    void sync();

    /**
     * {@code os.utime(path)}: sets the access and modification times to now.
     *
     * @param path the file, following symlinks
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utime(String path) throws OsException;

    /**
     * {@code os.utime(path, (atime, mtime), dir_fd=, follow_symlinks=)}: times in seconds since the epoch,
     * rounded down to the nanosecond as Python does.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param atime the access time, in seconds since the epoch
     * @param mtime the modification time, in seconds since the epoch
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws IllegalArgumentException for NaN, or a time beyond what nanoseconds in a {@code long} hold (about
     *                                  292 years either side of 1970), where Python's limit is {@code time_t}'s
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utime(String path, double atime, double mtime, At at) throws OsException;

    /**
     * {@code os.utime(path, ns=(atimeNs, mtimeNs), dir_fd=, follow_symlinks=)}: exact nanoseconds.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param atimeNs the access time, in nanoseconds since the epoch
     * @param mtimeNs the modification time, in nanoseconds since the epoch
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utimeNs(String path, long atimeNs, long mtimeNs, At at) throws OsException;

    /**
     * {@code os.utime(path, None, dir_fd=, follow_symlinks=)}: now.
     *
     * @param path the file
     * @param at Python's {@code dir_fd} and {@code follow_symlinks}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utimeNow(String path, At at) throws OsException;

    /**
     * {@code os.utime(fd, (atime, mtime))}, through {@code futimens(2)}.
     *
     * @param fd an open file descriptor
     * @param atime the access time, in seconds since the epoch
     * @param mtime the modification time, in seconds since the epoch
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utime(int fd, double atime, double mtime) throws OsException;

    /**
     * {@code os.utime(fd, ns=(atimeNs, mtimeNs))}, through {@code futimens(2)}.
     *
     * @param fd an open file descriptor
     * @param atimeNs the access time, in nanoseconds since the epoch
     * @param mtimeNs the modification time, in nanoseconds since the epoch
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utimeNs(int fd, long atimeNs, long mtimeNs) throws OsException;

    /**
     * {@code os.utime(fd)}: now.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void utimeNow(int fd) throws OsException;

    /**
     * {@code os.XATTR_CREATE}: the running platform's {@link #setxattr} flag that fails if the attribute
     * exists. Platform constants are methods because their values differ between platforms.
     *
     * @return the flag's value
     */
    int XATTR_CREATE();

    /**
     * {@code os.XATTR_REPLACE}: the {@link #setxattr} flag that fails if the attribute does not exist.
     *
     * @return the flag's value
     */
    int XATTR_REPLACE();

    /**
     * {@code os.XATTR_SIZE_MAX}: the largest value an extended attribute may have on the running platform.
     *
     * @return the size in bytes
     */
    int XATTR_SIZE_MAX();

    /**
     * {@code os.getxattr}: the value of the extended attribute {@code attribute} of {@code path}.
     *
     * @param path the file, following symlinks
     * @param attribute the attribute's name, such as {@code "user.comment"}
     * @return the value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] getxattr(String path, String attribute) throws OsException;

    /**
     * {@return the value of the extended attribute {@code attribute} of {@code path}} Mirrors
     * {@code os.getxattr(path, attribute, follow_symlinks=...)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param attribute the attribute's name, such as {@code "user.comment"}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException;

    /**
     * {@return the value of the extended attribute {@code attribute} of the file open at {@code fd}} Mirrors
     * {@code os.getxattr(fd, attribute)}.
     *
     * @param fd an open file descriptor
     * @param attribute the attribute's name, such as {@code "user.comment"}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] getxattr(int fd, String attribute) throws OsException;

    /**
     * {@code os.setxattr}: {@code flags} is 0, {@link #XATTR_CREATE()} or {@link #XATTR_REPLACE()}.
     *
     * @param path the file, following symlinks
     * @param attribute the attribute's name, such as {@code "user.comment"}
     * @param value the new value
     * @param flags 0, {@link #XATTR_CREATE()} or {@link #XATTR_REPLACE()}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setxattr(String path, String attribute, byte[] value, int flags) throws OsException;

    /**
     * Sets an extended attribute, as {@link #setxattr(String, String, byte[], int)}. Mirrors
     * {@code os.setxattr(path, attribute, value, flags, follow_symlinks=...)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param attribute the attribute's name, such as {@code "user.comment"}
     * @param value the new value
     * @param flags 0, {@link #XATTR_CREATE()} or {@link #XATTR_REPLACE()}
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException;

    /**
     * Sets an extended attribute of the file open at {@code fd}. Mirrors
     * {@code os.setxattr(fd, attribute, value, flags)}.
     *
     * @param fd an open file descriptor
     * @param attribute the attribute's name, such as {@code "user.comment"}
     * @param value the new value
     * @param flags 0, {@link #XATTR_CREATE()} or {@link #XATTR_REPLACE()}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException;

    /**
     * {@code os.listxattr()}: the attributes of the working directory.
     *
     * @return the attributes' names
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listxattr() throws OsException;

    /**
     * {@return the names of the extended attributes of {@code path}, following symlinks} Mirrors
     * {@code os.listxattr(path)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listxattr(String path) throws OsException;

    /**
     * {@return the names of the extended attributes of {@code path}} Mirrors
     * {@code os.listxattr(path, follow_symlinks=...)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listxattr(String path, boolean followSymlinks) throws OsException;

    /**
     * {@return the names of the extended attributes of the file open at {@code fd}} Mirrors {@code os.listxattr(fd)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    List<String> listxattr(int fd) throws OsException;

    /**
     * Removes an extended attribute of {@code path}, following symlinks. Mirrors
     * {@code os.removexattr(path, attribute)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param attribute the attribute's name
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void removexattr(String path, String attribute) throws OsException;

    /**
     * Removes an extended attribute of {@code path}. Mirrors
     * {@code os.removexattr(path, attribute, follow_symlinks=...)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param attribute the attribute's name
     * @param followSymlinks whether a symlink in the last component is followed
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void removexattr(String path, String attribute, boolean followSymlinks) throws OsException;

    /**
     * Removes an extended attribute of the file open at {@code fd}. Mirrors {@code os.removexattr(fd, attribute)}.
     *
     * @param fd an open file descriptor
     * @param attribute the attribute's name
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void removexattr(int fd, String attribute) throws OsException;

    // ---- file descriptors ----
    //
    // Real descriptors: the int is the number the OS uses. Calls interrupted by a signal are retried (PEP 475).
    // The descriptors that Osprey creates are not inherited by child processes, as in Python 3.4+, unless
    // asked for (dup2's inheritable, set_inheritable, pipe2 without O_CLOEXEC). A bad descriptor fails with an
    // OsException whose errno is EBADF.

    /**
     * Every {@code O_*}, {@code SEEK_*}, {@code F_LOCK}... and {@code POSIX_FADV_*} constant the running platform
     * defines, by name: the table behind the accessors below, for lookups by name and {@code hasattr} checks.
     * An Osprey extension: Python has the constants only as attributes.
     *
     * @return the constants by name
     */
    FdConstants fdConstants();

    /**
     * {@code os.O_RDONLY}, for {@link #open}.
     *
     * <p>Platform constants ({@code O_*}, {@code SEEK_*}, {@code F_LOCK}..., {@code POSIX_FADV_*}) are accessor
     * methods named exactly as in Python ({@code os.O_CREAT} is {@code os.O_CREAT()}): their values are the running
     * platform's, which differ between Linux and macOS, so they cannot be compile-time constants. A constant the
     * platform lacks (where Python's {@code os} has no such attribute, such as {@code O_DIRECT} on macOS)
     * throws {@link UnsupportedOperationException}; {@link #fdConstants()} holds exactly the ones it has.
     *
     * @return the running platform's value
     */
    default int O_RDONLY() {
        return fdConstants().get("O_RDONLY");
    }

    /**
     * {@return {@code os.F_LOCK}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int F_LOCK() {
        return fdConstants().get("F_LOCK");
    }

    /**
     * {@return {@code os.F_TEST}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int F_TEST() {
        return fdConstants().get("F_TEST");
    }

    /**
     * {@return {@code os.F_TLOCK}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int F_TLOCK() {
        return fdConstants().get("F_TLOCK");
    }

    /**
     * {@return {@code os.F_ULOCK}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int F_ULOCK() {
        return fdConstants().get("F_ULOCK");
    }

    /**
     * {@return {@code os.O_ACCMODE}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_ACCMODE() {
        return fdConstants().get("O_ACCMODE");
    }

    /**
     * {@return {@code os.O_APPEND}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_APPEND() {
        return fdConstants().get("O_APPEND");
    }

    /**
     * {@return {@code os.O_ASYNC}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_ASYNC() {
        return fdConstants().get("O_ASYNC");
    }

    /**
     * {@return {@code os.O_CLOEXEC}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_CLOEXEC() {
        return fdConstants().get("O_CLOEXEC");
    }

    /**
     * {@return {@code os.O_CREAT}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_CREAT() {
        return fdConstants().get("O_CREAT");
    }

    /**
     * {@return {@code os.O_DIRECT}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_DIRECT() {
        return fdConstants().get("O_DIRECT");
    }

    /**
     * {@return {@code os.O_DIRECTORY}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int O_DIRECTORY() {
        return fdConstants().get("O_DIRECTORY");
    }

    /**
     * {@return {@code os.O_DSYNC}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_DSYNC() {
        return fdConstants().get("O_DSYNC");
    }

    /**
     * {@return {@code os.O_EVTONLY}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_EVTONLY() {
        return fdConstants().get("O_EVTONLY");
    }

    /**
     * {@return {@code os.O_EXCL}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_EXCL() {
        return fdConstants().get("O_EXCL");
    }

    /**
     * {@return {@code os.O_EXLOCK}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_EXLOCK() {
        return fdConstants().get("O_EXLOCK");
    }

    /**
     * {@return {@code os.O_FSYNC}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_FSYNC() {
        return fdConstants().get("O_FSYNC");
    }

    /**
     * {@return {@code os.O_LARGEFILE}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int O_LARGEFILE() {
        return fdConstants().get("O_LARGEFILE");
    }

    /**
     * {@return {@code os.O_NDELAY}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_NDELAY() {
        return fdConstants().get("O_NDELAY");
    }

    /**
     * {@return {@code os.O_NOATIME}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_NOATIME() {
        return fdConstants().get("O_NOATIME");
    }

    /**
     * {@return {@code os.O_NOCTTY}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_NOCTTY() {
        return fdConstants().get("O_NOCTTY");
    }

    /**
     * {@return {@code os.O_NOFOLLOW}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_NOFOLLOW() {
        return fdConstants().get("O_NOFOLLOW");
    }

    /**
     * {@return {@code os.O_NOFOLLOW_ANY}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int O_NOFOLLOW_ANY() {
        return fdConstants().get("O_NOFOLLOW_ANY");
    }

    /**
     * {@return {@code os.O_NONBLOCK}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_NONBLOCK() {
        return fdConstants().get("O_NONBLOCK");
    }

    /**
     * {@return {@code os.O_PATH}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_PATH() {
        return fdConstants().get("O_PATH");
    }

    /**
     * {@return {@code os.O_RDWR}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_RDWR() {
        return fdConstants().get("O_RDWR");
    }

    /**
     * {@return {@code os.O_RSYNC}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_RSYNC() {
        return fdConstants().get("O_RSYNC");
    }

    /**
     * {@return {@code os.O_SHLOCK}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_SHLOCK() {
        return fdConstants().get("O_SHLOCK");
    }

    /**
     * {@return {@code os.O_SYMLINK}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_SYMLINK() {
        return fdConstants().get("O_SYMLINK");
    }

    /**
     * {@return {@code os.O_SYNC}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_SYNC() {
        return fdConstants().get("O_SYNC");
    }

    /**
     * {@return {@code os.O_TMPFILE}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_TMPFILE() {
        return fdConstants().get("O_TMPFILE");
    }

    /**
     * {@return {@code os.O_TRUNC}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_TRUNC() {
        return fdConstants().get("O_TRUNC");
    }

    /**
     * {@return {@code os.O_WRONLY}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int O_WRONLY() {
        return fdConstants().get("O_WRONLY");
    }

    /**
     * {@return {@code os.POSIX_FADV_DONTNEED}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int POSIX_FADV_DONTNEED() {
        return fdConstants().get("POSIX_FADV_DONTNEED");
    }

    /**
     * {@return {@code os.POSIX_FADV_NOREUSE}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int POSIX_FADV_NOREUSE() {
        return fdConstants().get("POSIX_FADV_NOREUSE");
    }

    /**
     * {@return {@code os.POSIX_FADV_NORMAL}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int POSIX_FADV_NORMAL() {
        return fdConstants().get("POSIX_FADV_NORMAL");
    }

    /**
     * {@return {@code os.POSIX_FADV_RANDOM}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int POSIX_FADV_RANDOM() {
        return fdConstants().get("POSIX_FADV_RANDOM");
    }

    /**
     * {@return {@code os.POSIX_FADV_SEQUENTIAL}, the running platform's value} See {@link #O_RDONLY()} for a constant
     * the platform lacks.
     */
    default int POSIX_FADV_SEQUENTIAL() {
        return fdConstants().get("POSIX_FADV_SEQUENTIAL");
    }

    /**
     * {@return {@code os.POSIX_FADV_WILLNEED}, the running platform's value} See {@link #O_RDONLY()} for a constant the
     * platform lacks.
     */
    default int POSIX_FADV_WILLNEED() {
        return fdConstants().get("POSIX_FADV_WILLNEED");
    }

    /**
     * {@return {@code os.SEEK_CUR}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int SEEK_CUR() {
        return fdConstants().get("SEEK_CUR");
    }

    /**
     * {@return {@code os.SEEK_DATA}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int SEEK_DATA() {
        return fdConstants().get("SEEK_DATA");
    }

    /**
     * {@return {@code os.SEEK_END}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int SEEK_END() {
        return fdConstants().get("SEEK_END");
    }

    /**
     * {@return {@code os.SEEK_HOLE}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int SEEK_HOLE() {
        return fdConstants().get("SEEK_HOLE");
    }

    /**
     * {@return {@code os.SEEK_SET}, the running platform's value} See {@link #O_RDONLY()} for a constant the platform
     * lacks.
     */
    default int SEEK_SET() {
        return fdConstants().get("SEEK_SET");
    }

    /**
     * {@code os.open(path, flags)} with mode 0o777; the new descriptor is not inheritable.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param flags {@code O_*} flags, or-ed together
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int open(String path, int flags) throws OsException;

    /**
     * {@code os.open(path, flags, mode)}: {@code mode} (less the umask) applies when the file is created.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param flags {@code O_*} flags, or-ed together
     * @param mode the permission bits of a file created, less the umask
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int open(String path, int flags, int mode) throws OsException;

    /**
     * {@code os.open(path, flags, mode, dir_fd=...)}: only the {@code dir_fd} of {@code at} applies, as
     * Python's {@code open} has no {@code follow_symlinks} (use {@code O_NOFOLLOW}).
     *
     * @param path the path, relative to the working directory unless absolute
     * @param flags {@code O_*} flags, or-ed together
     * @param mode the permission bits of a file created, less the umask
     * @param at the {@code dir_fd} that a relative {@code path} is resolved against
     * @return the new descriptor
     * @throws IllegalArgumentException if {@code at} asks not to follow symlinks
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int open(String path, int flags, int mode, At at) throws OsException;

    /**
     * {@code os.close}: an interrupted close is not retried, as in Python (the descriptor is gone anyway).
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void close(int fd) throws OsException;

    /**
     * {@code os.closerange(fd_low, fd_high)}: closes every descriptor from {@code low} (inclusive) to
     * {@code high} (exclusive), ignoring errors. This includes the JVM's own descriptors in that range.
     *
     * @param low the first descriptor to close
     * @param high the descriptor after the last to close
     */
    void closerange(int low, int high);

    /**
     * {@code os.read(fd, n)}: what one {@code read(2)} of at most {@code n} bytes returns; an empty array at end of
     * file. Any {@code n} is safe: beyond 64 KiB the array is no larger than the rest of a regular file (at least
     * 64 KiB, should it grow) and 64 KiB for other descriptors, which may then return fewer bytes than asked, as
     * Python allows. A negative {@code n} is EINVAL, as in CPython.
     *
     * @param fd an open file descriptor
     * @param n the number of bytes at most
     * @return the bytes read
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] read(int fd, int n) throws OsException;

    /**
     * Reads into {@code buffer}; the number of bytes read, 0 at end of file (never -1). Mirrors
     * {@code os.readv(fd, [buffer])}.
     *
     * @param fd an open file descriptor
     * @param buffer where the bytes go, from its start
     * @return the number of bytes read
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int read(int fd, byte[] buffer) throws OsException;

    /**
     * {@return the number of bytes read into {@code buffer[offset, offset + length)}, 0 at end of file} Mirrors
     * {@code os.readv(fd, [memoryview(buffer)[offset:offset + length]])}.
     *
     * @param fd an open file descriptor
     * @param buffer where the bytes go
     * @param offset the index in {@code buffer} of the first byte read
     * @param length the number of bytes at most
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int read(int fd, byte[] buffer, int offset, int length) throws OsException;

    /**
     * Reads into the remaining space of {@code buffer} and advances its position; 0 at end of file. A direct
     * buffer is read into in place, without a copy. Mirrors {@code os.readv(fd, [buffer])}.
     *
     * @param fd an open file descriptor
     * @param buffer where the bytes go
     * @return the number of bytes read
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int read(int fd, ByteBuffer buffer) throws OsException;

    /**
     * {@code os.write(fd, data)}: the number of bytes written, which may be fewer than given.
     *
     * @param fd an open file descriptor
     * @param data the bytes to write
     * @return the number of bytes written
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int write(int fd, byte[] data) throws OsException;

    /**
     * {@return the number of bytes of {@code data[offset, offset + length)} written, which may be fewer} Mirrors
     * {@code os.write(fd, memoryview(data)[offset:offset + length])}.
     *
     * @param fd an open file descriptor
     * @param data the bytes to write
     * @param offset the index in {@code data} of the first byte to write
     * @param length the number of bytes to write
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int write(int fd, byte[] data, int offset, int length) throws OsException;

    /**
     * Writes the remaining bytes of {@code data} (advancing its position past those written). Mirrors
     * {@code os.write(fd, data)}.
     *
     * @param fd an open file descriptor
     * @param data the bytes to write
     * @return the number of bytes written
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int write(int fd, ByteBuffer data) throws OsException;

    /**
     * {@code os.pread(fd, n, offset)}: reads at {@code offset} without moving the file position; a large {@code n}
     * is bounded as in {@link #read(int, int)}.
     *
     * @param fd an open file descriptor
     * @param n the number of bytes at most
     * @param offset the file offset to read at
     * @return the bytes read, empty at end of file
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] pread(int fd, int n, long offset) throws OsException;

    /**
     * {@return the number of bytes read at {@code offset} into {@code buffer[bufferOffset, bufferOffset + length)}, 0
     * at end of file} Mirrors {@code os.preadv(fd, [buffer], offset)}; the file position does not move.
     *
     * @param fd an open file descriptor
     * @param buffer where the bytes go
     * @param bufferOffset the index in {@code buffer} of the first byte read
     * @param length the number of bytes at most
     * @param offset the file offset to read at
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pread(int fd, byte[] buffer, int bufferOffset, int length, long offset) throws OsException;

    /**
     * {@return the number of bytes read at {@code offset} into the remaining space of {@code buffer}, 0 at end of file}
     * Mirrors {@code os.preadv(fd, [buffer], offset)}; the buffer's position advances, the file's does not.
     *
     * @param fd an open file descriptor
     * @param buffer where the bytes go
     * @param offset the file offset to read at
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pread(int fd, ByteBuffer buffer, long offset) throws OsException;

    /**
     * {@code os.pwrite(fd, data, offset)}: writes at {@code offset} without moving the file position.
     *
     * @param fd an open file descriptor
     * @param data the bytes to write
     * @param offset the file offset to write at
     * @return the number of bytes written
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pwrite(int fd, byte[] data, long offset) throws OsException;

    /**
     * {@return the number of bytes of {@code data[dataOffset, dataOffset + length)} written at {@code offset}} Mirrors
     * {@code os.pwrite(fd, memoryview(data)[...], offset)}; the file position does not move.
     *
     * @param fd an open file descriptor
     * @param data the bytes to write
     * @param dataOffset the index in {@code data} of the first byte to write
     * @param length the number of bytes to write
     * @param offset the file offset to write at
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pwrite(int fd, byte[] data, int dataOffset, int length, long offset) throws OsException;

    /**
     * {@return the number of remaining bytes of {@code data} written at {@code offset}} Mirrors
     * {@code os.pwrite(fd, data, offset)}; the buffer's position advances, the file's does not.
     *
     * @param fd an open file descriptor
     * @param data the bytes to write
     * @param offset the file offset to write at
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pwrite(int fd, ByteBuffer data, long offset) throws OsException;

    /**
     * {@code os.readv(fd, buffers)}: fills the buffers in order with one call and returns the total read;
     * each buffer's position advances past what it received.
     *
     * @param fd an open file descriptor
     * @param buffers where the bytes go, in order
     * @return the total number of bytes read
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long readv(int fd, ByteBuffer... buffers) throws OsException;

    /**
     * {@return the total number of bytes read into the arrays, filled in order} Mirrors {@code os.readv(fd, buffers)}.
     *
     * @param fd an open file descriptor
     * @param buffers where the bytes go, in order
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long readv(int fd, byte[]... buffers) throws OsException;

    /**
     * {@code os.writev(fd, buffers)}: writes the buffers in order with one call; the total written.
     *
     * @param fd an open file descriptor
     * @param buffers the bytes to write, in order
     * @return the total number of bytes written
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long writev(int fd, ByteBuffer... buffers) throws OsException;

    /**
     * {@return the total number of bytes written from the arrays, in order, with one call} Mirrors
     * {@code os.writev(fd, buffers)}.
     *
     * @param fd an open file descriptor
     * @param buffers the bytes to write, in order
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long writev(int fd, byte[]... buffers) throws OsException;

    /**
     * {@code os.lseek(fd, pos, how)} with {@code how} one of {@code SEEK_SET}, {@code SEEK_CUR}, {@code SEEK_END}
     * or, where the platform has them, {@code SEEK_DATA} and {@code SEEK_HOLE} ({@link #fdConstants()}).
     *
     * @param fd an open file descriptor
     * @param position the offset, relative to what {@code how} names
     * @param how where {@code position} counts from
     * @return the new position from the start of the file
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long lseek(int fd, long position, int how) throws OsException;

    /**
     * {@code os.dup}: the lowest free descriptor, not inheritable.
     *
     * @param fd an open file descriptor
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int dup(int fd) throws OsException;

    /**
     * {@code os.dup2(fd, fd2)}: {@code fd2} becomes a copy of {@code fd}, inheritable; returns {@code fd2}.
     *
     * @param fd an open file descriptor
     * @param fd2 the descriptor to replace
     * @return {@code fd2}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int dup2(int fd, int fd2) throws OsException;

    /**
     * {@return {@code fd2}, made a copy of {@code fd}} Mirrors {@code os.dup2(fd, fd2, inheritable)}.
     *
     * @param fd an open file descriptor
     * @param fd2 the descriptor to replace
     * @param inheritable whether child processes get {@code fd2}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int dup2(int fd, int fd2, boolean inheritable) throws OsException;

    /**
     * {@code os.pipe()}: both ends are not inheritable.
     *
     * @return the read and write ends
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Pipe pipe() throws OsException;

    /**
     * {@code os.pipe2(flags)} with {@code O_NONBLOCK} and/or {@code O_CLOEXEC}, set atomically (Linux).
     *
     * @param flags {@code O_NONBLOCK} and/or {@code O_CLOEXEC}
     * @return the read and write ends
     * @throws UnsupportedOperationException where the platform has no {@code pipe2} (macOS)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Pipe pipe2(int flags) throws OsException;

    /**
     * Writes the file open at {@code fd} to disk, data and metadata. Mirrors {@code os.fsync(fd)}.
     *
     * @param fd an open file descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fsync(int fd) throws OsException;

    /**
     * Writes the file open at {@code fd} to disk as {@link #fsync(int)}, or with {@link FsyncOptions#full()}
     * through the drive's write cache: {@code fcntl(fd, F_FULLFSYNC)} on macOS, {@code fsync(2)} on Linux
     * (whose {@code fsync} already flushes the drive's cache). Osprey's addition: Python spells it
     * {@code fcntl.fcntl(fd, fcntl.F_FULLFSYNC)}, which exists on macOS only.
     *
     * @param fd an open file descriptor
     * @param options {@link FsyncOptions#defaults()} or {@link FsyncOptions#full()}
     * @throws UnsupportedOperationException for a full sync where the provider cannot ask for one (the
     *         {@code nio} provider)
     * @throws OsException if the call fails (on macOS {@code ENOTSUP} where the file system has no full sync):
     *         the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fsync(int fd, FsyncOptions options) throws OsException;

    /**
     * Writes the data of the file open at {@code fd} to disk, without metadata not needed to read it. Mirrors
     * {@code os.fdatasync(fd)}.
     *
     * @param fd an open file descriptor
     * @throws UnsupportedOperationException where the C library has no {@code fdatasync}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fdatasync(int fd) throws OsException;

    /**
     * Truncates or extends the file open at {@code fd} to {@code length} bytes. Mirrors
     * {@code os.ftruncate(fd, length)}.
     *
     * @param fd an open file descriptor
     * @param length the new size in bytes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void ftruncate(int fd, long length) throws OsException;

    /**
     * {@code os.truncate(path, length)}.
     *
     * @param path the path, relative to the working directory unless absolute
     * @param length the new size in bytes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void truncate(String path, long length) throws OsException;

    /**
     * {@code os.truncate(fd, length)}, the same as {@link #ftruncate}.
     *
     * @param fd an open file descriptor
     * @param length the new size in bytes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void truncate(int fd, long length) throws OsException;

    /**
     * Allocates disk space for a byte range of the file open at {@code fd}. Mirrors
     * {@code os.posix_fallocate(fd, offset, len)}.
     *
     * @param fd an open file descriptor
     * @param offset the range's start
     * @param length the range's length
     * @throws UnsupportedOperationException where the platform lacks it (macOS)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void posixFallocate(int fd, long offset, long length) throws OsException;

    /**
     * {@code os.posix_fadvise(fd, offset, len, advice)} with a {@code POSIX_FADV_*} advice.
     *
     * @param fd an open file descriptor
     * @param offset the range's start
     * @param length the range's length, 0 for to the end of the file
     * @param advice a {@code POSIX_FADV_*} constant
     * @throws UnsupportedOperationException where the platform lacks it (macOS)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void posixFadvise(int fd, long offset, long length, int advice) throws OsException;

    /**
     * {@code os.sendfile(out_fd, in_fd, offset, count)}: copies in the kernel from {@code inFd}, starting at
     * {@code offset} and leaving its position alone, and returns the bytes sent (0 at end of file). On Linux
     * {@code outFd} may be any file; on macOS it must be a socket.
     *
     * @param outFd the descriptor written to
     * @param inFd the descriptor read from
     * @param offset where in {@code inFd} to read from
     * @param count the number of bytes at most
     * @return the number of bytes sent
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long sendfile(int outFd, int inFd, long offset, long count) throws OsException;

    /**
     * {@code os.sendfile(out_fd, in_fd, None, count)}: reads from {@code inFd}'s position and moves it (Linux).
     *
     * @param outFd the descriptor written to
     * @param inFd the descriptor read from
     * @param count the number of bytes at most
     * @return the number of bytes sent
     * @throws UnsupportedOperationException where the platform cannot (macOS needs an offset)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long sendfile(int outFd, int inFd, long count) throws OsException;

    /**
     * {@code os.copy_file_range(src, dst, count)} (Python 3.8, Linux): copies up to {@code count} bytes in the
     * kernel from {@code src}'s position to {@code dst}'s, moving both, and returns the bytes copied (0 at end of
     * file).
     *
     * @param src the descriptor read from
     * @param dst the descriptor written to
     * @param count the number of bytes at most
     * @return the number of bytes copied
     * @throws UnsupportedOperationException where the platform lacks it (macOS, Linux before 4.5)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long copyFileRange(int src, int dst, long count) throws OsException;

    /**
     * {@code nt._getfullpathname(path)} (Windows): {@code GetFullPathNameW}, what {@code ntpath.abspath} asks
     * there.
     *
     * @param path a path
     * @return the absolute path, nothing resolved
     * @throws UnsupportedOperationException off Windows (Python has no {@code nt} module there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    String getfullpathname(String path) throws OsException;

    /**
     * {@code nt._getvolumepathname(path)} (Windows): {@code GetVolumePathNameW}, what {@code ntpath.ismount} asks
     * there.
     *
     * @param path a path
     * @return the mount point of the volume the path is on (a drive's root, or a folder a volume is mounted on)
     * @throws UnsupportedOperationException off Windows (Python has no {@code nt} module there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    String getvolumepathname(String path) throws OsException;

    /**
     * {@code nt._getfinalpathname(path)} (Windows): {@code GetFinalPathNameByHandleW} with
     * {@code FILE_NAME_NORMALIZED}, what {@code ntpath.realpath} asks there; the answer keeps its {@code \\?\}.
     *
     * @param path a path to an existing file
     * @return the file's final path, links followed
     * @throws UnsupportedOperationException off Windows (Python has no {@code nt} module there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    String getfinalpathname(String path) throws OsException;

    /**
     * {@code nt._getdiskusage(path)} (Windows): {@code GetDiskFreeSpaceExW}, what {@code shutil.disk_usage} asks
     * there; a file's directory is asked for a file.
     *
     * @param path a path on the volume
     * @return the volume's size and free bytes
     * @throws UnsupportedOperationException off Windows (Python has no {@code nt} module there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    DiskSpace getdiskusage(String path) throws OsException;

    /** {@code _winapi.COPY_FILE_ALLOW_DECRYPTED_DESTINATION} ({@code WinBase.h}): {@link #copyfile2} may decrypt. */
    int COPY_FILE_ALLOW_DECRYPTED_DESTINATION = 0x8;
    /** {@code _winapi.COPY_FILE_COPY_SYMLINK} ({@code WinBase.h}): {@link #copyfile2} copies a link, not its file. */
    int COPY_FILE_COPY_SYMLINK = 0x800;

    /**
     * {@code _winapi.CopyFile2(src, dst, flags)} (Windows): Windows copies the file (data, attributes, times,
     * alternate streams), replacing {@code dst}; {@code shutil.copy2} tries it first there. Osprey calls
     * {@code CopyFileExW}, which takes the same {@code COPY_FILE_*} flags and reports the same errors.
     *
     * @param src the file copied
     * @param dst the copy
     * @param flags {@code COPY_FILE_*} bits, such as {@link #COPY_FILE_ALLOW_DECRYPTED_DESTINATION}
     * @throws UnsupportedOperationException off Windows (Python has no {@code _winapi} there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    void copyfile2(String src, String dst, int flags) throws OsException;

    /** {@code _winapi.STARTF_USESHOWWINDOW} ({@code WinBase.h}): {@link CreateProcessOptions#showWindow} is read. */
    int STARTF_USESHOWWINDOW = 0x1;
    /** {@code _winapi.STARTF_USESTDHANDLES} ({@code WinBase.h}): the child's standard handles are the options'. */
    int STARTF_USESTDHANDLES = 0x100;
    /** {@code _winapi.SW_HIDE} ({@code WinUser.h}): the window {@code subprocess} gives a shell. */
    int SW_HIDE = 0;
    /** {@code _winapi.CREATE_NEW_CONSOLE} ({@code WinBase.h}): the child gets a console of its own. */
    int CREATE_NEW_CONSOLE = 0x10;
    /** {@code _winapi.CREATE_NEW_PROCESS_GROUP} ({@code WinBase.h}): the child leads a new group (Ctrl+Break). */
    int CREATE_NEW_PROCESS_GROUP = 0x200;
    /** {@code _winapi.CREATE_NO_WINDOW} ({@code WinBase.h}): a console child runs without a console window. */
    int CREATE_NO_WINDOW = 0x08000000;
    /** {@code _winapi.INFINITE} ({@code WinBase.h}): {@link #waitforsingleobject} without a timeout. */
    int INFINITE = 0xFFFFFFFF;
    /** {@code _winapi.WAIT_OBJECT_0} ({@code WinBase.h}): {@link #waitforsingleobject}'s answer once signalled. */
    int WAIT_OBJECT_0 = 0;
    /** {@code _winapi.WAIT_TIMEOUT} ({@code winerror.h}): {@link #waitforsingleobject}'s answer on a timeout. */
    int WAIT_TIMEOUT = 0x102;
    /** {@code _winapi.STILL_ACTIVE} ({@code WinBase.h}): {@link #getexitcodeprocess} of a running process. */
    int STILL_ACTIVE = 259;

    /**
     * {@code _winapi.CreateProcess(application_name, command_line, None, None, inherit_handles, creation_flags,
     * env_mapping, current_directory, startup_info)} (Windows): {@code CreateProcessW} with
     * {@code CREATE_UNICODE_ENVIRONMENT} always added and the environment block made as CPython's
     * {@code getenvironment} (sorted without regard to case, a key given twice in other cases kept once, the
     * last). The command line is passed as it is: {@link CommandLine#list2cmdline} quotes a list as the child's C
     * runtime splits it again.
     *
     * @param commandLine the command line
     * @param options the other arguments, such as {@link CreateProcessOptions#defaults()}
     * @return the new process's and thread's handles (the caller's to close) and ids
     * @throws IllegalArgumentException for a NUL in the command line, the directory, the program or the
     *         environment, or an environment key that is empty or holds {@code =} past its first character
     *         (CPython's ValueError)
     * @throws UnsupportedOperationException off Windows (Python has no {@code _winapi} there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}, and no file
     *         name, as CPython's
     */
    ProcessInformation createprocess(String commandLine, CreateProcessOptions options) throws OsException;

    /**
     * {@code _winapi.WaitForSingleObject(handle, milliseconds)} (Windows): waits for a process (or any waitable
     * handle) to be signalled.
     *
     * @param handle the handle waited for, such as {@link ProcessInformation#process}
     * @param milliseconds how long at most; {@link #INFINITE} for no limit
     * @return {@link #WAIT_OBJECT_0} once signalled (a process: once it has ended), {@link #WAIT_TIMEOUT} if not
     *         in time
     * @throws UnsupportedOperationException off Windows (Python has no {@code _winapi} there)
     * @throws OsException if the call fails ({@code WAIT_FAILED}): the subclass for its error, with its
     *         {@code winerror}
     */
    int waitforsingleobject(long handle, int milliseconds) throws OsException;

    /**
     * {@code _winapi.GetExitCodeProcess(process)} (Windows).
     *
     * @param process a process handle
     * @return its exit code, a {@code DWORD} (0 to 2**32-1, as Python's int), or {@link #STILL_ACTIVE} while it
     *         runs
     * @throws UnsupportedOperationException off Windows (Python has no {@code _winapi} there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    long getexitcodeprocess(long process) throws OsException;

    /**
     * {@code _winapi.TerminateProcess(handle, exit_code)} (Windows): ends the process at once.
     *
     * @param process a process handle
     * @param exitCode the code it ends with
     * @throws UnsupportedOperationException off Windows (Python has no {@code _winapi} there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     *         ({@link PermissionOsException} for a process that has already ended)
     */
    void terminateprocess(long process, int exitCode) throws OsException;

    /**
     * {@code _winapi.CloseHandle(handle)} (Windows).
     *
     * @param handle a handle this process owns
     * @throws UnsupportedOperationException off Windows (Python has no {@code _winapi} there)
     * @throws OsException if the call fails: the subclass for its error, with its {@code winerror}
     */
    void closehandle(long handle) throws OsException;

    /**
     * {@code msvcrt.get_osfhandle(fd)} (Windows): the Windows handle under a C runtime descriptor, owned by the
     * descriptor (closing the descriptor closes it).
     *
     * @param fd an open file descriptor
     * @return its handle
     * @throws UnsupportedOperationException off Windows (Python has no {@code msvcrt} there)
     * @throws OsException if the call fails: {@code EBADF} for a descriptor that is not open
     */
    long getOsfhandle(int fd) throws OsException;

    /** {@code posix._COPYFILE_DATA} ({@code <copyfile.h>}): {@link #fcopyfile} copies the data. */
    int COPYFILE_DATA = 1 << 3;
    /** {@code CLONE_NOFOLLOW} ({@code <sys/clonefile.h>}): {@link #clonefile} clones a symlink itself. */
    int CLONE_NOFOLLOW = 0x0001;
    /** {@code CLONE_NOOWNERCOPY} ({@code <sys/clonefile.h>}): the clone belongs to the caller, not the owner. */
    int CLONE_NOOWNERCOPY = 0x0002;

    /**
     * {@code posix._fcopyfile(in_fd, out_fd, flags)} (macOS): {@code fcopyfile(3)} copies from one open file to
     * another in the kernel (a clone on APFS where it can); {@code shutil.copyfile} uses it on macOS with
     * {@link #COPYFILE_DATA}.
     *
     * @param inFd the descriptor read from
     * @param outFd the descriptor written to
     * @param flags {@code COPYFILE_*} bits, such as {@link #COPYFILE_DATA}
     * @throws UnsupportedOperationException off macOS (Python has no {@code posix._fcopyfile} there)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void fcopyfile(int inFd, int outFd, int flags) throws OsException;

    /**
     * {@code clonefile(2)} (macOS, APFS; Osprey's addition, Python has no binding): makes {@code dst} a
     * copy-on-write clone of {@code src}, with its data, mode, times, extended attributes and ACL, in one call.
     * {@code dst} must not exist; a file system that cannot clone answers {@code ENOTSUP}, two volumes
     * {@code EXDEV}.
     *
     * @param src the file or directory cloned
     * @param dst the path of the clone, which must not exist
     * @param flags {@link #CLONE_NOFOLLOW}, {@link #CLONE_NOOWNERCOPY} or 0
     * @throws UnsupportedOperationException off macOS
     * @throws OsException if the call fails: the subclass for its errno, with both paths, as Python's
     *         {@code OSError} subclass
     */
    void clonefile(String src, String dst, int flags) throws OsException;

    /**
     * {@code socket.SOCK_STREAM} (Osprey's addition: Python's {@code os} has no sockets; see
     * {@link #connectUnixSocket}), the running platform's value.
     *
     * @return the value (1 on Linux and macOS)
     * @throws UnsupportedOperationException where the provider has no Unix sockets
     */
    int SOCK_STREAM();

    /**
     * {@code socket.SOCK_DGRAM} (Osprey's addition, see {@link #connectUnixSocket}), the running platform's value.
     *
     * @return the value (2 on Linux and macOS)
     * @throws UnsupportedOperationException where the provider has no Unix sockets
     */
    int SOCK_DGRAM();

    /**
     * {@code s = socket.socket(AF_UNIX, type); s.connect(path)} as one call returning {@code s.detach()}
     * (Osprey's addition: Python's {@code os} has no sockets, its {@code socket} module has them). It reaches Unix
     * <em>datagram</em> sockets, which the JDK cannot open, such as Linux's syslog socket {@code /dev/log}: a
     * {@link #write} on the connected datagram socket sends one datagram. The descriptor is close-on-exec, as
     * Python's; {@link #fdopen(int)} wraps it in a channel, {@link #close} closes it.
     *
     * @param path the socket's path
     * @param type {@link #SOCK_DGRAM()} or {@link #SOCK_STREAM()}
     * @return the connected socket's descriptor
     * @throws IllegalArgumentException if {@code path} contains NUL
     * @throws UnsupportedOperationException where the provider has no Unix sockets (the JDK provider: it has no
     *         Unix datagrams)
     * @throws OsException if the call fails: the subclass for its errno with {@code path} as filename
     *         ({@code FileNotFoundError}, {@code ConnectionRefusedError}, {@code EPROTOTYPE} for a socket of the
     *         other type); {@code OSError('AF_UNIX path too long')}, without errno, for a path longer than the
     *         platform's {@code sun_path} holds (107 bytes on Linux, 103 on macOS), as CPython's
     */
    int connectUnixSocket(String path, int type) throws OsException;

    /**
     * {@code os.copy_file_range(src, dst, count, offset_src, offset_dst)}: an offset of
     * {@link #NO_OFFSET} is Python's {@code None} (that descriptor's position is used and moved); a
     * given offset leaves that descriptor's position alone.
     *
     * @param src the descriptor read from
     * @param dst the descriptor written to
     * @param count the number of bytes at most
     * @param offsetSrc where in {@code src} to read from, or {@link #NO_OFFSET}
     * @param offsetDst where in {@code dst} to write to, or {@link #NO_OFFSET}
     * @return the number of bytes copied
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException;

    /**
     * {@code os.lockf(fd, cmd, len)} with {@code F_LOCK}, {@code F_TLOCK}, {@code F_ULOCK} or {@code F_TEST}:
     * a POSIX record lock from the current position over {@code len} bytes (0: to the end of the file, and
     * beyond). The lock belongs to the process, not to a thread.
     *
     * @param fd an open file descriptor
     * @param cmd {@code F_LOCK}, {@code F_TLOCK}, {@code F_ULOCK} or {@code F_TEST}
     * @param length the number of bytes from the current position, 0 for all that follow
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void lockf(int fd, int cmd, long length) throws OsException;

    /**
     * {@code os.get_blocking}: whether {@code O_NONBLOCK} is clear.
     *
     * @param fd an open file descriptor
     * @return whether the descriptor is in blocking mode
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    boolean getBlocking(int fd) throws OsException;

    /**
     * Sets or clears {@code O_NONBLOCK} on {@code fd}. Mirrors {@code os.set_blocking(fd, blocking)}.
     *
     * @param fd an open file descriptor
     * @param blocking {@code true} to clear {@code O_NONBLOCK}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setBlocking(int fd, boolean blocking) throws OsException;

    /**
     * {@code os.get_inheritable}: whether {@code FD_CLOEXEC} is clear, so child processes get the descriptor.
     *
     * @param fd an open file descriptor
     * @return whether child processes get the descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    boolean getInheritable(int fd) throws OsException;

    /**
     * Sets whether child processes get {@code fd} (clears or sets {@code FD_CLOEXEC}). Mirrors
     * {@code os.set_inheritable(fd, inheritable)}.
     *
     * @param fd an open file descriptor
     * @param inheritable whether child processes get the descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setInheritable(int fd, boolean inheritable) throws OsException;

    /**
     * {@code os.get_handle_inheritable}: whether child processes get the Windows handle
     * ({@code HANDLE_FLAG_INHERIT}). Windows only, as in Python: elsewhere an {@link UnsupportedOperationException}.
     *
     * @param handle a Windows handle, as {@code msvcrt.get_osfhandle} gives it
     * @return whether child processes get the handle
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    boolean getHandleInheritable(long handle) throws OsException;

    /**
     * Sets whether child processes get the Windows handle ({@code HANDLE_FLAG_INHERIT}). Windows only, as in Python:
     * elsewhere an {@link UnsupportedOperationException}. Mirrors {@code os.set_handle_inheritable(handle,
     * inheritable)}.
     *
     * @param handle a Windows handle, as {@code msvcrt.get_osfhandle} gives it
     * @param inheritable whether child processes get the handle
     * @throws OsException if the call fails: the subclass for its Windows error, with {@code winerror}
     */
    void setHandleInheritable(long handle, boolean inheritable) throws OsException;

    /**
     * {@code os.isatty}: never fails; a bad descriptor is not a terminal.
     *
     * @param fd a file descriptor
     * @return whether it is open on a terminal
     */
    boolean isatty(int fd);

    /**
     * {@code os.ttyname}: the terminal device's path, such as {@code /dev/pts/3}.
     *
     * @param fd a descriptor open on a terminal
     * @return the terminal's path
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String ttyname(int fd) throws OsException;

    /**
     * {@code os.openpty()}: a new pseudo-terminal pair, both ends not inheritable.
     *
     * @return the master and slave descriptors
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Pty openpty() throws OsException;

    /**
     * {@code os.device_encoding(fd)}: the encoding of the terminal at {@code fd} (the locale's,
     * {@code native.encoding}), or empty if {@code fd} is not a terminal.
     *
     * @param fd a file descriptor
     * @return the encoding's name, or empty
     */
    Optional<String> deviceEncoding(int fd);

    /**
     * {@code os.get_terminal_size()}: of standard output.
     *
     * @return the columns and lines
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    TerminalSize getTerminalSize() throws OsException;

    /**
     * {@code os.get_terminal_size(fd)}: the window size ({@code TIOCGWINSZ}) of the terminal at {@code fd}.
     *
     * @param fd a descriptor open on a terminal
     * @return the columns and lines
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    TerminalSize getTerminalSize(int fd) throws OsException;

    /**
     * {@code os.fdopen(fd, 'r+b', buffering=0)}: a channel (and streams) over {@code fd} that closes it.
     *
     * @param fd an open file descriptor
     * @return the channel
     */
    FdChannel fdopen(int fd);

    /**
     * {@code os.fdopen(fd, ..., closefd=closefd)}: with {@code false}, closing the channel leaves {@code fd} open.
     *
     * @param fd an open file descriptor
     * @param closefd whether closing the channel closes {@code fd}
     * @return the channel
     */
    FdChannel fdopen(int fd, boolean closefd);

    // ---- process parameters ----

    /**
     * {@code os.umask}: sets the mask and returns the previous one.
     *
     * @param mask the new mask
     * @return the previous mask
     */
    int umask(int mask);

    /** {@return this process's id} Mirrors {@code os.getpid()}. */
    long getpid();

    /** {@return the parent process's id} Mirrors {@code os.getppid()}. */
    long getppid();

    /** {@return the real user id} Mirrors {@code os.getuid()}. */
    long getuid();

    /** {@return the effective user id} Mirrors {@code os.geteuid()}. */
    long geteuid();

    /** {@return the real group id} Mirrors {@code os.getgid()}. */
    long getgid();

    /** {@return the effective group id} Mirrors {@code os.getegid()}. */
    long getegid();

    /**
     * {@code os.getgroups}: the supplementary group ids of this process.
     *
     * @return the group ids
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long[] getgroups() throws OsException;

    /**
     * {@code os.setgroups}: needs privilege.
     *
     * @param groups the new supplementary group ids
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setgroups(long[] groups) throws OsException;

    /**
     * {@code os.getgrouplist}: the groups {@code user} belongs to, always including {@code group}.
     *
     * @param user a user name
     * @param group a group id to include, usually the user's primary group
     * @return the group ids
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long[] getgrouplist(String user, long group) throws OsException;

    /**
     * {@code os.initgroups}: sets the supplementary groups from the group database; needs privilege.
     *
     * @param username the user whose groups are set
     * @param gid a group id added to them
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void initgroups(String username, long gid) throws OsException;

    /**
     * {@code os.getlogin}: the user logged in on the controlling terminal (see Python's caveats).
     *
     * @return the user name
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String getlogin() throws OsException;

    /**
     * {@code os.getpgid}: the process group of {@code pid} (0: this process).
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @return the process group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long getpgid(long pid) throws OsException;

    /** {@return this process's process group id} Mirrors {@code os.getpgrp()}. */
    long getpgrp();

    /**
     * {@code os.setpgid}: 0 for {@code pid} means this process, 0 for {@code pgrp} means {@code pid}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param pgrp the process group to join or create
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setpgid(long pid, long pgrp) throws OsException;

    /**
     * {@code os.setpgrp}: makes this process the leader of a new process group.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setpgrp() throws OsException;

    /**
     * {@return the session id of process {@code pid} (0: this process)} Mirrors {@code os.getsid(pid)}.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long getsid(long pid) throws OsException;

    /**
     * {@code os.setsid}: fails if this process already leads a process group (the JVM may).
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setsid() throws OsException;

    /**
     * {@code os.tcgetpgrp}: the foreground process group of the terminal open at {@code fd}.
     *
     * @param fd a descriptor open on a terminal
     * @return the process group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long tcgetpgrp(int fd) throws OsException;

    /**
     * {@code os.tcsetpgrp}: makes {@code pgrp} the foreground process group of the terminal at {@code fd}.
     *
     * @param fd a descriptor open on a terminal
     * @param pgrp the process group
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void tcsetpgrp(int fd, long pgrp) throws OsException;

    /**
     * {@code os.getpriority}: the nice value of a process, group or user ({@link #PRIO_PROCESS()}...).
     *
     * @param which {@link #PRIO_PROCESS()}, {@link #PRIO_PGRP()} or {@link #PRIO_USER()}
     * @param who the process, group or user id (0: the caller's)
     * @return the nice value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int getpriority(int which, long who) throws OsException;

    /**
     * {@code os.setpriority}; see {@link #nice} for what it changes in a JVM on Linux.
     *
     * @param which {@link #PRIO_PROCESS()}, {@link #PRIO_PGRP()} or {@link #PRIO_USER()}
     * @param who the process, group or user id (0: the caller's)
     * @param priority the new nice value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setpriority(int which, long who, int priority) throws OsException;

    /**
     * {@code os.getresuid}: Linux only; elsewhere {@link UnsupportedOperationException}.
     *
     * @return the real, effective and saved user ids
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ResIds getresuid() throws OsException;

    /**
     * {@code os.getresgid}: Linux only.
     *
     * @return the real, effective and saved group ids
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ResIds getresgid() throws OsException;

    /**
     * {@code os.setresuid}: Linux only; -1 leaves an id unchanged.
     *
     * @param ruid the real user id
     * @param euid the effective user id
     * @param suid the saved user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setresuid(long ruid, long euid, long suid) throws OsException;

    /**
     * {@code os.setresgid}: Linux only; -1 leaves an id unchanged.
     *
     * @param rgid the real group id
     * @param egid the effective group id
     * @param sgid the saved group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setresgid(long rgid, long egid, long sgid) throws OsException;

    /**
     * {@code os.setuid}. Like every credential change here it applies to the whole process, with all the JVM's
     * threads (glibc and macOS broadcast it), and cannot be undone once the privilege is gone.
     *
     * @param uid the new user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setuid(long uid) throws OsException;

    /**
     * Sets the effective user id, for the whole process as {@link #setuid}. Mirrors {@code os.seteuid(euid)}.
     *
     * @param euid the new effective user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void seteuid(long euid) throws OsException;

    /**
     * Sets the group id, for the whole process as {@link #setuid}. Mirrors {@code os.setgid(gid)}.
     *
     * @param gid the new group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setgid(long gid) throws OsException;

    /**
     * Sets the effective group id, for the whole process as {@link #setuid}. Mirrors {@code os.setegid(egid)}.
     *
     * @param egid the new effective group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setegid(long egid) throws OsException;

    /**
     * {@code os.setreuid}: -1 leaves an id unchanged.
     *
     * @param ruid the real user id
     * @param euid the effective user id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setreuid(long ruid, long euid) throws OsException;

    /**
     * Sets the real and effective group ids; -1 leaves an id unchanged. Mirrors {@code os.setregid(rgid, egid)}.
     *
     * @param rgid the real group id
     * @param egid the effective group id
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void setregid(long rgid, long egid) throws OsException;

    /**
     * {@code os.ctermid}: the file name of the controlling terminal (whether or not there is one).
     *
     * @return the terminal's path, such as {@code /dev/tty}
     */
    String ctermid();

    /**
     * {@code os.nice}: adds {@code increment} to the niceness and returns the new niceness. On Linux niceness
     * belongs to a thread: in a JVM this changes the calling Java thread (and the processes it starts later),
     * not the JVM's other threads. The same holds for {@link #setpriority} with {@code PRIO_PROCESS} and pid 0,
     * and for the {@code sched_set*} calls with pid 0.
     *
     * @param increment the niceness to add
     * @return the new niceness
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int nice(int increment) throws OsException;

    /**
     * {@code os.times}.
     *
     * @return the process times, in seconds
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    TimesResult times() throws OsException;

    /**
     * {@code os.PRIO_PROCESS}, for {@link #getpriority}/{@link #setpriority}.
     *
     * <p>Platform constants ({@code PRIO_*}, {@code SCHED_*}, {@code RTLD_*}, {@code EX_*}) are accessor methods
     * named exactly as in Python ({@code os.PRIO_USER} is {@code os.PRIO_USER()}): their values are the running
     * platform's, which differ between Linux and macOS, so they cannot be compile-time constants. A constant the
     * platform lacks (where Python's {@code os} has no such attribute) throws
     * {@link UnsupportedOperationException}.
     *
     * @return the running platform's value
     */
    int PRIO_PROCESS();

    /** {@return {@code os.PRIO_PGRP}, the running platform's value} For a process group, with {@link #getpriority}. */
    int PRIO_PGRP();

    /** {@return {@code os.PRIO_USER}, the running platform's value} For a user, with {@link #getpriority}. */
    int PRIO_USER();

    // ---- processes: signals ----

    /**
     * The running platform's signal numbers, Python's {@code signal.SIG*} by name ({@link SignalConstants}). The
     * accessors below ({@code os.SIGTERM()}) read it; a signal the platform lacks throws
     * {@link UnsupportedOperationException}.
     *
     * @return the signal numbers
     */
    SignalConstants signalConstants();

    /** {@return {@code signal.SIGABRT} (abort), the running platform's number} */
    default int SIGABRT() {
        return signalConstants().get("SIGABRT");
    }

    /** {@return {@code signal.SIGALRM} (timer alarm), the running platform's number} */
    default int SIGALRM() {
        return signalConstants().get("SIGALRM");
    }

    /** {@return {@code signal.SIGCHLD} (a child stopped or ended), the running platform's number} */
    default int SIGCHLD() {
        return signalConstants().get("SIGCHLD");
    }

    /** {@return {@code signal.SIGCONT} (continue if stopped), the running platform's number} */
    default int SIGCONT() {
        return signalConstants().get("SIGCONT");
    }

    /** {@return {@code signal.SIGHUP} (hangup), the running platform's number} */
    default int SIGHUP() {
        return signalConstants().get("SIGHUP");
    }

    /** {@return {@code signal.SIGINT} (interrupt from the keyboard), the running platform's number} */
    default int SIGINT() {
        return signalConstants().get("SIGINT");
    }

    /** {@return {@code signal.SIGKILL} (kill, cannot be caught), the running platform's number} */
    default int SIGKILL() {
        return signalConstants().get("SIGKILL");
    }

    /** {@return {@code signal.SIGPIPE} (write to a pipe without readers), the running platform's number} */
    default int SIGPIPE() {
        return signalConstants().get("SIGPIPE");
    }

    /** {@return {@code signal.SIGQUIT} (quit from the keyboard), the running platform's number} */
    default int SIGQUIT() {
        return signalConstants().get("SIGQUIT");
    }

    /** {@return {@code signal.SIGSTOP} (stop, cannot be caught), the running platform's number} */
    default int SIGSTOP() {
        return signalConstants().get("SIGSTOP");
    }

    /** {@return {@code signal.SIGTERM} (termination), the running platform's number} */
    default int SIGTERM() {
        return signalConstants().get("SIGTERM");
    }

    /** {@return {@code signal.SIGTSTP} (stop from the terminal), the running platform's number} */
    default int SIGTSTP() {
        return signalConstants().get("SIGTSTP");
    }

    /** {@return {@code signal.SIGUSR1} (user-defined signal 1), the running platform's number} */
    default int SIGUSR1() {
        return signalConstants().get("SIGUSR1");
    }

    /** {@return {@code signal.SIGUSR2} (user-defined signal 2), the running platform's number} */
    default int SIGUSR2() {
        return signalConstants().get("SIGUSR2");
    }

    /**
     * {@code os.kill}: sends {@code signal} to process {@code pid} (0: this group, -1: every process allowed).
     *
     * @param pid the process, or group when 0 or negative
     * @param signal the signal number, 0 to only check the process exists
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void kill(long pid, int signal) throws OsException;

    /**
     * {@code os.killpg}: sends {@code signal} to every process of group {@code pgid}.
     *
     * @param pgid the process group
     * @param signal the signal number
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void killpg(long pgid, int signal) throws OsException;

    // ---- processes: waiting ----

    /**
     * {@code os.waitpid}: waits for the child {@code pid} (-1: any child; 0 or less than -1: a child of a
     * group) to change state as {@code options} ({@link #WNOHANG()}, {@link #WUNTRACED()}, {@link #WCONTINUED()})
     * asks. It reaps any child of this process, those the JVM started with {@link ProcessBuilder} too: waiting
     * for -1 can take one from under its {@link Process}.
     *
     * @param pid the child, or group, to wait for
     * @param options the {@code W*} flags, or-ed together
     * @return the pid and status, pid 0 where {@code WNOHANG} found no child ready
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    WaitResult waitpid(long pid, int options) throws OsException;

    /**
     * {@code os.wait}: waits for any child to end ({@code wait()} is {@link Object}'s in Java).
     *
     * @return the pid and status of the child
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    WaitResult waitAny() throws OsException;

    /**
     * {@code os.wait3}: {@code waitpid(-1, options)} with the child's resource use.
     *
     * @param options the {@code W*} flags, or-ed together
     * @return the pid, status and resource use
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Wait4Result wait3(int options) throws OsException;

    /**
     * {@code os.wait4}: {@code waitpid(pid, options)} with the child's resource use.
     *
     * @param pid the child, or group, to wait for
     * @param options the {@code W*} flags, or-ed together
     * @return the pid, status and resource use
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Wait4Result wait4(long pid, int options) throws OsException;

    /**
     * {@code os.waitid}: waits for a child of {@code idtype} ({@link #P_PID()}, {@link #P_PGID()}, {@link #P_ALL()}
     * ...) and {@code id} as {@code options} ({@link #WEXITED()} and others) asks; {@code null} where Python returns
     * {@code None} ({@code WNOHANG} and no child ready).
     *
     * @param idtype what {@code id} names
     * @param id the process, group or pidfd
     * @param options the {@code W*} flags, or-ed together
     * @return the child's {@code siginfo}, or {@code null}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    WaitidResult waitid(int idtype, long id, int options) throws OsException;

    /**
     * {@code os.pidfd_open(pid)} (Linux 5.3+, glibc 2.36+): a descriptor that refers to process {@code pid}, not
     * inheritable; it becomes readable when the process ends, and {@link #waitid} takes it with {@link #P_PIDFD()}.
     *
     * @param pid the process
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pidfdOpen(long pid) throws OsException;

    /**
     * {@code os.pidfd_open(pid, flags)}: {@code flags} 0 or {@link #PIDFD_NONBLOCK()}.
     *
     * @param pid the process
     * @param flags 0 or {@link #PIDFD_NONBLOCK()}
     * @return the new descriptor
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int pidfdOpen(long pid, int flags) throws OsException;

    /**
     * {@code os.waitstatus_to_exitcode}: the exit code of a child that exited, minus the signal of one killed by
     * a signal.
     *
     * @param status a wait status
     * @return the exit code, or minus the signal
     * @throws IllegalArgumentException (Python's ValueError) for a stopped child's status or one that is neither
     */
    int waitstatusToExitcode(int status);

    /**
     * {@code os.WIFEXITED}: whether the child exited normally; the {@code W*} functions decode a wait status.
     *
     * @param status a wait status
     * @return whether the child exited
     */
    boolean WIFEXITED(int status);

    /**
     * {@return the exit code of a child that exited} Mirrors {@code os.WEXITSTATUS(status)}.
     *
     * @param status a wait status
     */
    int WEXITSTATUS(int status);

    /**
     * {@return whether a signal ended the child} Mirrors {@code os.WIFSIGNALED(status)}.
     *
     * @param status a wait status
     */
    boolean WIFSIGNALED(int status);

    /**
     * {@return the signal that ended the child} Mirrors {@code os.WTERMSIG(status)}.
     *
     * @param status a wait status
     */
    int WTERMSIG(int status);

    /**
     * {@return whether the child is stopped} Mirrors {@code os.WIFSTOPPED(status)}.
     *
     * @param status a wait status
     */
    boolean WIFSTOPPED(int status);

    /**
     * {@return the signal that stopped the child} Mirrors {@code os.WSTOPSIG(status)}.
     *
     * @param status a wait status
     */
    int WSTOPSIG(int status);

    /**
     * {@return whether the child continued after a stop} Mirrors {@code os.WIFCONTINUED(status)}.
     *
     * @param status a wait status
     */
    boolean WIFCONTINUED(int status);

    /**
     * {@return whether the child dumped core} Mirrors {@code os.WCOREDUMP(status)}.
     *
     * @param status a wait status
     */
    boolean WCOREDUMP(int status);

    /**
     * {@code os.WNOHANG}: the {@code W*}, {@code P_*} and {@code CLD_*} values are the running platform's.
     *
     * @return the running platform's value
     */
    int WNOHANG();

    /** {@return {@code os.WUNTRACED}, the running platform's value} Also report stopped children. */
    int WUNTRACED();

    /**
     * {@return {@code os.WCONTINUED}, the running platform's value} Also report children continued by {@code SIGCONT}.
     */
    int WCONTINUED();

    /** {@return {@code os.WEXITED}, the running platform's value} {@link #waitid}: wait for children that ended. */
    int WEXITED();

    /**
     * {@return {@code os.WSTOPPED}, the running platform's value} {@link #waitid}: wait for children stopped by a
     * signal.
     */
    int WSTOPPED();

    /** {@return {@code os.WNOWAIT}, the running platform's value} {@link #waitid}: leave the child waitable. */
    int WNOWAIT();

    /** {@return {@code os.P_PID}, the running platform's value} {@link #waitid}: {@code id} is a process id. */
    int P_PID();

    /** {@return {@code os.P_PGID}, the running platform's value} {@link #waitid}: {@code id} is a process group id. */
    int P_PGID();

    /** {@return {@code os.P_ALL}, the running platform's value} {@link #waitid}: any child, {@code id} ignored. */
    int P_ALL();

    /**
     * {@code os.P_PIDFD}: Linux only.
     *
     * @return the running platform's value
     */
    int P_PIDFD();

    /**
     * {@code os.PIDFD_NONBLOCK} (Python 3.12+): Linux only.
     *
     * @return the running platform's value
     */
    int PIDFD_NONBLOCK();

    /**
     * {@return {@code os.CLD_EXITED}, the running platform's value} {@code si_code} of {@link WaitidResult}: the child
     * exited.
     */
    int CLD_EXITED();

    /** {@return {@code os.CLD_KILLED}, the running platform's value} The child was killed by a signal. */
    int CLD_KILLED();

    /** {@return {@code os.CLD_DUMPED}, the running platform's value} The child was killed and dumped core. */
    int CLD_DUMPED();

    /** {@return {@code os.CLD_TRAPPED}, the running platform's value} A traced child trapped. */
    int CLD_TRAPPED();

    /** {@return {@code os.CLD_STOPPED}, the running platform's value} The child stopped. */
    int CLD_STOPPED();

    /** {@return {@code os.CLD_CONTINUED}, the running platform's value} The child continued. */
    int CLD_CONTINUED();

    // ---- processes: starting programs and leaving ----

    /** {@code os.P_WAIT}: {@code spawn*} waits and returns the exit code (or minus the signal). */
    int P_WAIT = 0;
    /** {@code os.P_NOWAIT}: {@code spawn*} returns the child's pid, to be waited for with {@link #waitpid}. */
    int P_NOWAIT = 1;
    /** {@code os.P_NOWAITO}: on POSIX the same as {@link #P_NOWAIT}. */
    int P_NOWAITO = 1;

    /**
     * {@code os.system}: runs {@code command} with {@code /bin/sh -c} (started with {@code posix_spawn}) and
     * returns its wait status (decode it with {@link #waitstatusToExitcode}). A shell that cannot be started is
     * its {@link OsException}. On Windows, as CPython there, the C runtime's {@code _wsystem} runs
     * {@code %COMSPEC% /c command} and this returns {@code cmd.exe}'s exit code, or -1 where it could not run.
     *
     * @param command the shell command line
     * @return the wait status (on Windows the exit code)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int system(String command) throws OsException;

    /**
     * {@code os._exit}: ends the process (the JVM) at once with status {@code n}: no shutdown hooks run.
     *
     * @param n the exit status
     */
    void _exit(int n);

    /** {@code os.abort}: ends the process with {@code SIGABRT}, with no shutdown hooks. */
    void abort();

    /**
     * {@code os.execv}: replaces this process, the whole JVM and its threads, with the program {@code path}
     * given {@code args} (its {@code argv}, {@code args[0]} first); returns only by throwing.
     *
     * <p>On Windows, as CPython there, the C runtime's {@code _wexecv} cannot replace the process: it starts the
     * program as a new one (a new pid; {@code args} joined with spaces, unquoted, as {@link #spawnv} says) and
     * ends the JVM at once with {@code _exit(0)}, no shutdown hooks run.
     *
     * @param path the program
     * @param args the arguments, the program's name first
     * @throws IllegalArgumentException (Python's ValueError) for empty {@code args}, an empty {@code args[0]} or
     *         a NUL
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execv(String path, List<String> args) throws OsException;

    /**
     * {@code os.execve}: {@link #execv} with the environment {@code env} in place of {@link #environ()}.
     *
     * @param path the program
     * @param args the arguments, the program's name first
     * @param env the program's environment
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execve(String path, List<String> args, Map<String, String> env) throws OsException;

    /**
     * {@code os.execvp}: {@link #execv}, looking {@code file} up in {@code PATH} as Python does.
     *
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execvp(String file, List<String> args) throws OsException;

    /**
     * {@code os.execvpe}: {@link #execve}, looking {@code file} up in {@code env}'s {@code PATH}.
     *
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param args the arguments, the program's name first
     * @param env the program's environment
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execvpe(String file, List<String> args, Map<String, String> env) throws OsException;

    /**
     * {@code os.execl(path, arg0, arg1, ...)}.
     *
     * @param path the program
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execl(String path, String... args) throws OsException;

    /**
     * {@code os.execle(path, arg0, ..., env)}: the environment comes first in Java.
     *
     * @param path the program
     * @param env the program's environment
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execle(String path, Map<String, String> env, String... args) throws OsException;

    /**
     * Replaces this process with a program looked up in {@code PATH}, as {@link #execvp}. Mirrors
     * {@code os.execlp(file, arg0, ...)}.
     *
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execlp(String file, String... args) throws OsException;

    /**
     * Replaces this process with a program looked up in {@code env}'s {@code PATH}, as {@link #execvpe}. Mirrors
     * {@code os.execlpe(file, arg0, ..., env)}; the environment comes first in Java.
     *
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param env the program's environment
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void execlpe(String file, Map<String, String> env, String... args) throws OsException;

    /**
     * {@code os.spawnv}: starts {@code path} with {@code args} through {@code posix_spawn}. With {@link #P_NOWAIT}
     * returns the child's pid; with {@link #P_WAIT} (any other mode, as in CPython) waits and returns its exit
     * code, or minus the signal that killed it. A program that cannot be started is the {@link OsException}
     * with its errno and file name (CPython's child would exit with 127 instead).
     *
     * <p>On Windows, as CPython there, the C runtime's {@code _wspawnv} starts it: with {@link #P_NOWAIT} the
     * return is the child's process handle, with {@link #P_WAIT} its exit code itself. The runtime joins
     * {@code args} into one command line with single spaces and quotes none, so an argument holding a space, a tab
     * or a double quote does not reach the child as it was: quote such arguments first
     * ({@link CommandLine#list2cmdline}), or use {@code subprocess}. A program that cannot be started is the
     * runtime's errno, without a file name, as CPython's.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param path the program
     * @param args the arguments, the program's name first
     * @return the pid, or the exit code
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnv(int mode, String path, List<String> args) throws OsException;

    /**
     * {@return the pid, or the exit code} Starts a program as {@link #spawnv} with environment {@code env}. Mirrors
     * {@code os.spawnve(mode, path, args, env)}.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param path the program
     * @param args the arguments, the program's name first
     * @param env the program's environment
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnve(int mode, String path, List<String> args, Map<String, String> env) throws OsException;

    /**
     * {@return the pid, or the exit code} Starts a program looked up in {@code PATH}, as {@link #spawnv}. Mirrors
     * {@code os.spawnvp(mode, file, args)}.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnvp(int mode, String file, List<String> args) throws OsException;

    /**
     * {@return the pid, or the exit code} Starts a program looked up in {@code env}'s {@code PATH}, as {@link #spawnv}.
     * Mirrors {@code os.spawnvpe(mode, file, args, env)}.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param args the arguments, the program's name first
     * @param env the program's environment
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnvpe(int mode, String file, List<String> args, Map<String, String> env) throws OsException;

    /**
     * {@return the pid, or the exit code} Starts a program, as {@link #spawnv}. Mirrors
     * {@code os.spawnl(mode, path, arg0, ...)}.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param path the program
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnl(int mode, String path, String... args) throws OsException;

    /**
     * {@return the pid, or the exit code} Starts a program with environment {@code env}, as {@link #spawnv}. Mirrors
     * {@code os.spawnle(mode, path, arg0, ..., env)}; the environment comes first in Java.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param path the program
     * @param env the program's environment
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnle(int mode, String path, Map<String, String> env, String... args) throws OsException;

    /**
     * {@return the pid, or the exit code} Starts a program looked up in {@code PATH}, as {@link #spawnv}. Mirrors
     * {@code os.spawnlp(mode, file, arg0, ...)}.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnlp(int mode, String file, String... args) throws OsException;

    /**
     * {@return the pid, or the exit code} Starts a program looked up in {@code env}'s {@code PATH}, as {@link #spawnv}.
     * Mirrors {@code os.spawnlpe(mode, file, arg0, ..., env)}; the environment comes first in Java.
     *
     * @param mode {@link #P_NOWAIT} or {@link #P_WAIT}
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param env the program's environment
     * @param args the arguments, the program's name first
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long spawnlpe(int mode, String file, Map<String, String> env, String... args) throws OsException;

    /**
     * {@code os.posix_spawn(path, argv, env, ...)}: starts the program {@code path} with {@code argv} and
     * {@code env} ({@code null}: {@link #environ()}, as Python 3.13 allows) as {@code options} say, and returns
     * the child's pid, to be waited for with {@link #waitpid}. A program that cannot be started (missing, not
     * executable, a failed file action) is the {@link OsException} with its errno and {@code path}.
     *
     * @param path the program
     * @param argv the arguments, the program's name first
     * @param env the program's environment, or {@code null} for {@link #environ()}
     * @param options the file actions and attributes
     * @return the child's pid
     * @throws IllegalArgumentException (Python's ValueError) for an empty {@code argv}, an empty
     *         {@code argv[0]} or a NUL
     * @throws UnsupportedOperationException where the provider cannot start programs, or cannot do one of the
     *         {@code options} (which it names)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long posixSpawn(String path, List<String> argv, Map<String, String> env, SpawnOptions options)
            throws OsException;

    /**
     * {@code os.posix_spawn(path, argv, env)} with no file actions and no attributes.
     *
     * @param path the program
     * @param argv the arguments, the program's name first
     * @param env the program's environment, or {@code null} for {@link #environ()}
     * @return the child's pid
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long posixSpawn(String path, List<String> argv, Map<String, String> env) throws OsException;

    /**
     * {@code os.posix_spawnp}: {@link #posixSpawn}, looking {@code file} up in the {@code PATH} of {@code env}.
     *
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param argv the arguments, the program's name first
     * @param env the program's environment, or {@code null} for {@link #environ()}
     * @param options the file actions and attributes
     * @return the child's pid
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long posixSpawnp(String file, List<String> argv, Map<String, String> env, SpawnOptions options)
            throws OsException;

    /**
     * {@return the child's pid} Starts a program looked up in {@code PATH}, as {@link #posixSpawn}. Mirrors
     * {@code os.posix_spawnp(file, argv, env)}.
     *
     * @param file the program, looked up in {@code PATH} unless it holds a separator
     * @param argv the arguments, the program's name first
     * @param env the program's environment, or {@code null} for {@link #environ()}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long posixSpawnp(String file, List<String> argv, Map<String, String> env) throws OsException;

    /**
     * {@code os.popen(cmd)}: runs {@code cmd} with {@code /bin/sh -c}, its output readable as text from the
     * returned file; closing that waits for the command and tells how it ended.
     *
     * @param cmd the shell command line
     * @return the command's output, as a text file
     * @throws IllegalArgumentException for a NUL in {@code cmd}
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    PopenFile popen(String cmd) throws OsException;

    /**
     * {@code os.popen(cmd, mode)}: {@code "r"} reads the command's output, {@code "w"} writes its input.
     *
     * @param cmd the shell command line
     * @param mode {@code "r"} or {@code "w"}
     * @return the command's output or input, as a text file
     * @throws IllegalArgumentException (Python's ValueError) for any other mode
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    PopenFile popen(String cmd, String mode) throws OsException;

    /**
     * {@code os.popen(cmd, mode, buffering)}: the streams are buffered as Java's are, whatever {@code buffering}
     * (a positive size or -1); 0 is Python's ValueError, as there.
     *
     * @param cmd the shell command line
     * @param mode {@code "r"} or {@code "w"}
     * @param buffering a positive buffer size or -1
     * @return the command's output or input, as a text file
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    PopenFile popen(String cmd, String mode, int buffering) throws OsException;

    /**
     * {@code os.popen2(cmd)} (Python 2.6, removed in 3): the command's {@code (child_stdin, child_stdout)}, with
     * its standard error inherited. Closing the result waits for the command.
     *
     * @param cmd the shell command line
     * @return the running command and its pipes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ChildPipes popen2(String cmd) throws OsException;

    /**
     * {@code os.popen3(cmd)} (Python 2.6): {@code (child_stdin, child_stdout, child_stderr)}.
     *
     * @param cmd the shell command line
     * @return the running command and its pipes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ChildPipes popen3(String cmd) throws OsException;

    /**
     * {@code os.popen4(cmd)} (Python 2.6): {@code (child_stdin, child_stdout_and_stderr)}.
     *
     * @param cmd the shell command line
     * @return the running command and its pipes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    ChildPipes popen4(String cmd) throws OsException;

    // ---- process creation (cannot be supported in a JVM) ----

    /**
     * {@code os.fork}: always throws {@link UnsupportedOperationException}. A forked JVM is not safe to run:
     * only the calling thread survives in the child, while locks held by the other threads (JVM-internal ones,
     * the allocator's, the GC's, the JIT compiler's) stay held forever and the threads that run the GC and the
     * JIT are gone. Start a child process instead ({@link #spawnv} and the other {@code spawn*}, or
     * {@link ProcessBuilder}).
     *
     * @return never
     */
    long fork();

    /**
     * {@code os.forkpty}: always throws {@link UnsupportedOperationException}, for the reason given at
     * {@link #fork()}. Its Python result is the pair (pid, fd).
     *
     * @return never
     */
    long[] forkpty();

    // ---- environment (bytes) ----

    /**
     * {@code os.environb}: a live view of the same native environment as {@link #environ()}, with names and
     * values as bytes. A change through either map is seen by the other and by natively started children; a byte
     * that is not UTF-8 appears in {@link #environ()} as a lone surrogate (surrogateescape), as in Python.
     * Since {@code byte[]} compares by identity, this map looks keys (and {@code containsValue} values) up by
     * content, and hands out copies.
     *
     * @return the environment, as bytes
     */
    Map<byte[], byte[]> environb();

    /**
     * {@code os.getenvb(key)}: the value, or {@code null}.
     *
     * @param key the variable's name
     * @return its value
     */
    byte[] getenvb(byte[] key);

    /**
     * {@return the value of variable {@code key}, or {@code defaultValue}} Mirrors {@code os.getenvb(key, default)}.
     *
     * @param key the variable's name
     * @param defaultValue what to return when the variable is not set (null: Python's {@code None})
     */
    byte[] getenvb(byte[] key, byte[] defaultValue);

    /**
     * {@code os.supports_bytes_environ}: {@code true} on POSIX, {@code false} on Windows.
     *
     * @return whether {@link #environb()} is available
     */
    boolean supportsBytesEnviron();

    /**
     * {@code os.get_exec_path()}: the directories of {@code PATH} in {@link #environ()}, split as Python does.
     *
     * @return the directories
     */
    List<String> getExecPath();

    /**
     * {@code os.get_exec_path(env)}: the directories of {@code env}'s {@code PATH}, or of {@code os.defpath} if
     * it has none; empty entries are kept (they mean the working directory).
     *
     * @param env an environment
     * @return the directories
     */
    List<String> getExecPath(Map<String, String> env);

    // ---- environment ----

    /**
     * {@code os.environ}: a live map over the native environment. Changes call {@code setenv}/{@code unsetenv},
     * so child processes started natively inherit them. ({@link ProcessBuilder} copies the JVM's start-up
     * environment instead: give it the variables explicitly.)
     *
     * @return the environment
     */
    Map<String, String> environ();

    /**
     * {@code os.getenv(key)}: the value, or {@code null}.
     *
     * @param key the variable's name
     * @return its value
     */
    String getenv(String key);

    /**
     * {@return the value of variable {@code key}, or {@code defaultValue}} Mirrors {@code os.getenv(key, default)}.
     *
     * @param key the variable's name
     * @param defaultValue what to return when the variable is not set (null: Python's {@code None})
     */
    String getenv(String key, String defaultValue);

    /**
     * Sets a variable in the native environment, which children started natively inherit. Mirrors
     * {@code os.putenv(key, value)}.
     *
     * @param key the variable's name
     * @param value its new value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void putenv(String key, String value) throws OsException;

    /**
     * Removes a variable from the native environment. Mirrors {@code os.unsetenv(key)}.
     *
     * @param key the variable's name
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void unsetenv(String key) throws OsException;

    // ---- system ----

    /**
     * Python's {@code pwd} module, which {@code os.path.expanduser} consults.
     *
     * @return the password database
     */
    Pwd pwd();

    /**
     * Python's {@code grp} module, which {@code shutil.chown} and {@code tarfile} consult for group names.
     *
     * @return the group database
     */
    Grp grp();

    /**
     * {@return the operating system's message for {@code errno}} Mirrors {@code os.strerror(code)}.
     *
     * @param errno an error number
     */
    String strerror(int errno);

    /**
     * Python's {@code errno} module: the running platform's error numbers by name ({@code errno.ENOENT} is
     * {@code os.errno().ENOENT()}), {@code errno.errorcode}, and the name of an error's errno.
     *
     * @return the {@code errno} module
     */
    Errno errno();

    /**
     * {@return the system's name, node, release, version and machine} Mirrors {@code os.uname()}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    UnameResult uname() throws OsException;

    /**
     * {@code os.cpu_count}: the processors online ({@code sysconf(_SC_NPROCESSORS_ONLN)} on POSIX), or empty if
     * that cannot be told. Not the processors this process may use: see {@link #schedGetaffinity}.
     *
     * @return the number of processors, or empty
     */
    OptionalInt cpuCount();

    /**
     * {@code os.getloadavg}: fails if the platform cannot tell.
     *
     * @return the load averages over 1, 5 and 15 minutes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    LoadAverage getloadavg() throws OsException;

    /**
     * {@code os.sysconf(name)}, {@code name} being a key of {@link #sysconfNames()} such as
     * {@code "SC_PAGESIZE"}; -1 where the system sets no limit.
     *
     * @param name the value's name
     * @return the value, or -1
     * @throws IllegalArgumentException for a name the platform does not define (Python's ValueError)
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long sysconf(String name) throws OsException;

    /**
     * {@code os.sysconf(int)}: by the platform's number.
     *
     * @param name the platform's number for the value
     * @return the value, or -1
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    long sysconf(int name) throws OsException;

    /**
     * {@code os.sysconf_names}: the running platform's {@code sysconf} names and numbers.
     *
     * @return the names and their numbers
     */
    Map<String, Integer> sysconfNames();

    /**
     * {@code os.confstr(name)}, {@code name} being a key of {@link #confstrNames()} such as {@code "CS_PATH"}:
     * the value, or {@code null} where the platform defines none.
     *
     * @param name the value's name
     * @return the value, or {@code null}
     * @throws IllegalArgumentException for a name the platform does not define
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String confstr(String name) throws OsException;

    /**
     * {@return a string value of the system configuration, or {@code null}} Mirrors {@code os.confstr(name)} by the
     * platform's number.
     *
     * @param name the platform's number for the value
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    String confstr(int name) throws OsException;

    /**
     * {@code os.confstr_names}: the running platform's {@code confstr} names and numbers.
     *
     * @return the names and their numbers
     */
    Map<String, Integer> confstrNames();

    /**
     * {@code os.urandom}: {@code size} bytes from the kernel's cryptographic generator ({@code getrandom(2)} on
     * Linux, {@code getentropy} on macOS), never from a Java generator. Like Python's, it waits for the
     * kernel's generator to be seeded.
     *
     * @param size the number of bytes
     * @return the random bytes
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    byte[] urandom(int size) throws OsException;

    /**
     * {@code os.stat_float_times}: {@code true}, since every {@link StatResult} offers float seconds (as well as
     * exact nanoseconds). Python 3.7 removed the function; here it exists for ported code.
     *
     * @return {@code true}
     * @deprecated times are always available as floats; use {@link StatResult#mtime()} or {@code mtimeNs()}
     */
    @Deprecated
    boolean statFloatTimes();

    /**
     * {@code os.stat_float_times(newvalue)}: accepts {@code true} only and returns the previous setting
     * ({@code true}).
     *
     * @param newValue {@code true}
     * @return {@code true}
     * @throws UnsupportedOperationException for {@code false}: integer times in {@link StatResult} would be a
     *                                       second, lossy, view; use {@code mtimeNs()} and friends instead
     * @deprecated see {@link #statFloatTimes()}
     */
    @Deprecated
    boolean statFloatTimes(boolean newValue);

    // ---- scheduling ----

    /**
     * {@code os.sched_yield}.
     *
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedYield() throws OsException;

    /**
     * {@code os.sched_getaffinity}: the CPUs {@code pid} (0: the calling thread) may run on. Linux only.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @return the CPU numbers
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    Set<Integer> schedGetaffinity(long pid) throws OsException;

    /**
     * {@code os.sched_setaffinity}. Linux only; with pid 0 it binds the calling thread (see {@link #nice}).
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param cpus the CPU numbers
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException;

    /**
     * {@return the lowest priority of {@code policy}} Mirrors {@code os.sched_get_priority_min(policy)}.
     *
     * @param policy a {@code SCHED_*} policy
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int schedGetPriorityMin(int policy) throws OsException;

    /**
     * {@return the highest priority of {@code policy}} Mirrors {@code os.sched_get_priority_max(policy)}.
     *
     * @param policy a {@code SCHED_*} policy
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int schedGetPriorityMax(int policy) throws OsException;

    /**
     * {@code os.sched_getscheduler}: a {@code SCHED_*} policy. Linux only.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @return the policy
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    int schedGetscheduler(long pid) throws OsException;

    /**
     * {@code os.sched_setscheduler}. Linux only; with pid 0 it changes the calling thread (see {@link #nice}).
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param policy a {@code SCHED_*} policy
     * @param param the priority
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException;

    /**
     * {@code os.sched_getparam}. Linux only.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @return the priority
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    SchedParam schedGetparam(long pid) throws OsException;

    /**
     * {@code os.sched_setparam}. Linux only.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @param param the priority
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    void schedSetparam(long pid, SchedParam param) throws OsException;

    /**
     * {@code os.sched_rr_get_interval}: the round-robin quantum of {@code pid}, in seconds. Linux only.
     *
     * @param pid a process id ({@code 0}: the calling process, where the call allows)
     * @return the quantum in seconds
     * @throws OsException if the call fails: the subclass for its errno, as Python's {@code OSError} subclass
     */
    double schedRrGetInterval(long pid) throws OsException;

    /**
     * {@code os.SCHED_OTHER}: the default policy. The {@code SCHED_*} values differ between Linux and macOS.
     *
     * @return the running platform's value
     */
    int SCHED_OTHER();

    /** {@return {@code os.SCHED_FIFO}, the running platform's value} The first-in first-out real-time policy. */
    int SCHED_FIFO();

    /** {@return {@code os.SCHED_RR}, the running platform's value} The round-robin real-time policy. */
    int SCHED_RR();

    /**
     * {@code os.SCHED_BATCH}: Linux only.
     *
     * @return the running platform's value
     */
    int SCHED_BATCH();

    /**
     * {@code os.SCHED_IDLE}: Linux only.
     *
     * @return the running platform's value
     */
    int SCHED_IDLE();

    /**
     * {@code os.SCHED_RESET_ON_FORK}: Linux only, or-ed into a policy.
     *
     * @return the running platform's value
     */
    int SCHED_RESET_ON_FORK();

    // ---- dynamic loading flags ----

    /**
     * Python's {@code sys.getdlopenflags()}, here because the provider is what calls {@code dlopen}: the
     * {@code RTLD_*} flags of the native libraries the provider loads (the POSIX provider's
     * {@code RTLD_LAZY | RTLD_GLOBAL}).
     *
     * @return the {@code RTLD_*} flags
     * @throws UnsupportedOperationException where the provider loads no native library (the pure-Java one)
     */
    int getdlopenflags();

    /**
     * Python's {@code sys.setdlopenflags(flags)}: the flags of the provider's later {@code dlopen} calls.
     *
     * @param flags the {@code RTLD_*} flags
     * @throws UnsupportedOperationException where the provider makes no later {@code dlopen} call for them to
     *                                       apply to (both providers bind all they need when they start)
     */
    void setdlopenflags(int flags);

    /**
     * {@code os.RTLD_LAZY}, the {@code dlopen} flags of the running platform (Linux and macOS differ).
     *
     * @return the running platform's value
     */
    int RTLD_LAZY();

    /** {@return {@code os.RTLD_NOW}, the running platform's value} Resolve all symbols at load. */
    int RTLD_NOW();

    /** {@return {@code os.RTLD_GLOBAL}, the running platform's value} Make the symbols available to later loads. */
    int RTLD_GLOBAL();

    /** {@return {@code os.RTLD_LOCAL}, the running platform's value} Keep the symbols private. */
    int RTLD_LOCAL();

    /** {@return {@code os.RTLD_NODELETE}, the running platform's value} Never unload. */
    int RTLD_NODELETE();

    /** {@return {@code os.RTLD_NOLOAD}, the running platform's value} Only find an already loaded library. */
    int RTLD_NOLOAD();

    /**
     * {@code os.RTLD_DEEPBIND}: glibc only.
     *
     * @return the running platform's value
     */
    int RTLD_DEEPBIND();

    // ---- exit codes ----

    /**
     * {@code os.EX_OK}: the {@code sysexits.h} exit codes (POSIX only; absent on Windows, as in Python).
     *
     * @return 0
     */
    int EX_OK();

    /** {@return {@code os.EX_USAGE}} Exit code 64, command line usage error. */
    int EX_USAGE();

    /** {@return {@code os.EX_DATAERR}} Exit code 65, data format error. */
    int EX_DATAERR();

    /** {@return {@code os.EX_NOINPUT}} Exit code 66, cannot open input. */
    int EX_NOINPUT();

    /** {@return {@code os.EX_NOUSER}} Exit code 67, addressee unknown. */
    int EX_NOUSER();

    /** {@return {@code os.EX_NOHOST}} Exit code 68, host name unknown. */
    int EX_NOHOST();

    /** {@return {@code os.EX_UNAVAILABLE}} Exit code 69, service unavailable. */
    int EX_UNAVAILABLE();

    /** {@return {@code os.EX_SOFTWARE}} Exit code 70, internal software error. */
    int EX_SOFTWARE();

    /** {@return {@code os.EX_OSERR}} Exit code 71, system error. */
    int EX_OSERR();

    /** {@return {@code os.EX_OSFILE}} Exit code 72, critical OS file missing. */
    int EX_OSFILE();

    /** {@return {@code os.EX_CANTCREAT}} Exit code 73, cannot create output file. */
    int EX_CANTCREAT();

    /** {@return {@code os.EX_IOERR}} Exit code 74, input/output error. */
    int EX_IOERR();

    /** {@return {@code os.EX_TEMPFAIL}} Exit code 75, temporary failure. */
    int EX_TEMPFAIL();

    /** {@return {@code os.EX_PROTOCOL}} Exit code 76, remote error in protocol. */
    int EX_PROTOCOL();

    /** {@return {@code os.EX_NOPERM}} Exit code 77, permission denied. */
    int EX_NOPERM();

    /** {@return {@code os.EX_CONFIG}} Exit code 78, configuration error. */
    int EX_CONFIG();

    /**
     * The native part of Python's {@code mmap.mmap} (Osprey's addition, what the {@code mmap} module builds on):
     * maps {@code length} bytes of {@code fd} from {@code offset}, or anonymous memory for {@code fd} -1, with
     * {@code mmap(2)}'s {@code flags} and {@code prot} ({@link #mmapConstants()}). A {@code length} of 0 is the
     * kernel's {@code EINVAL}; the file's size is not checked here.
     *
     * @param fd the open file to map, or -1 for anonymous memory (with {@code MAP_ANONYMOUS} in {@code flags})
     * @param length how many bytes to map
     * @param flags {@code MAP_*} bits: {@code MAP_SHARED} or {@code MAP_PRIVATE}, and others the platform has
     * @param prot {@code PROT_*} bits: {@code PROT_READ}, {@code PROT_WRITE}
     * @param offset where in the file the map starts, a multiple of {@code ALLOCATIONGRANULARITY}
     * @return the mapped region, open until {@link MappedRegion#close()}
     * @throws OsException if {@code mmap(2)} fails: the subclass for its errno, as Python's {@code OSError} subclass
     * @throws IllegalArgumentException for a negative length or offset
     * @throws UnsupportedOperationException where the provider cannot map memory, or not this map
     */
    MappedRegion mmap(int fd, long length, int flags, int prot, long offset) throws OsException;

    /**
     * The {@code mmap} module's constants with the platform's values ({@code PROT_*}, {@code MAP_*},
     * {@code MADV_*}, {@code PAGESIZE}, {@code ALLOCATIONGRANULARITY}), sorted by name. Osprey's addition, for
     * the {@code mmap} module: Python has them as that module's attributes.
     *
     * @return an unmodifiable map from each constant's name to its value
     * @throws UnsupportedOperationException where the provider cannot map memory
     */
    java.util.Map<String, Integer> mmapConstants();
}
