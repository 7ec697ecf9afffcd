package org.osprey.os;

import java.util.List;
import java.util.Map;

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
    int R_OK = 4;
    int W_OK = 2;
    int X_OK = 1;

    /**
     * The {@code os} of the running platform: off OSGi, the best usable {@link OsProvider} that
     * {@link java.util.ServiceLoader} finds; in an OSGi framework, the current {@code Os} service.
     *
     * @throws IllegalStateException if no provider fits, naming what was looked for
     */
    static Os get() {
        return OsLocator.current();
    }

    /** An {@code os} served by the given provider. */
    static Os of(OsProvider provider) {
        return OsLocator.wrap(provider);
    }

    // ---- platform facts ----

    /** The provider serving this {@code os}, for diagnostics. */
    String providerId();

    /** {@code os.name}, {@code os.sep}, {@code os.linesep} and the other path constants. */
    Platform platform();

    /** {@code os.name}: {@code "posix"} or {@code "nt"}. */
    default String name() {
        return platform().name();
    }

    default String sep() {
        return platform().sep();
    }

    default String linesep() {
        return platform().linesep();
    }

    default String devnull() {
        return platform().devnull();
    }

    /** {@code os.path}: the running platform's flavour, bound to this {@code os}. */
    OsPath path();

    /** {@code os.supports_dir_fd} and the other {@code supports_} sets. */
    Supports supports();

    // ---- file names ----

    /** {@code os.fsencode}. */
    byte[] fsencode(String filename);

    /** {@code os.fsdecode}. */
    String fsdecode(byte[] filename);

    // ---- working directory ----

    String getcwd() throws OsException;

    byte[] getcwdb() throws OsException;

    void chdir(String path) throws OsException;

    // ---- directories ----

    /** {@code os.listdir()}: the names in the working directory, in directory order. */
    List<String> listdir() throws OsException;

    List<String> listdir(String path) throws OsException;

    /** {@code os.listdir(bytes)}: the names as bytes. */
    List<byte[]> listdir(byte[] path) throws OsException;

    /** {@code os.listdir(fd)}: the names in the directory open at {@code fd}. */
    List<String> listdir(int fd) throws OsException;

    /** {@code os.scandir()}: the working directory's entries, lazily. Close it (try-with-resources). */
    ScandirIterator scandir() throws OsException;

    ScandirIterator scandir(String path) throws OsException;

    ScandirIterator scandir(int fd) throws OsException;

    void mkdir(String path) throws OsException;

    void mkdir(String path, int mode) throws OsException;

    void mkdir(String path, int mode, At at) throws OsException;

    /** {@code os.makedirs(name)}: fails if the leaf exists. */
    void makedirs(String path) throws OsException;

    void makedirs(String path, int mode, boolean existOk) throws OsException;

    void rmdir(String path) throws OsException;

    void rmdir(String path, At at) throws OsException;

    /** {@code os.walk(top)}: top-down, errors ignored, symlinks to directories not followed. */
    Iterable<WalkEntry> walk(String top);

    Iterable<WalkEntry> walk(String top, WalkOptions options);

    // ---- files ----

    StatResult stat(String path) throws OsException;

    StatResult stat(String path, At at) throws OsException;

    /** {@code os.stat(fd)}, the same as {@link #fstat}. */
    StatResult stat(int fd) throws OsException;

    StatResult lstat(String path) throws OsException;

    StatResult lstat(String path, At at) throws OsException;

    StatResult fstat(int fd) throws OsException;

    void remove(String path) throws OsException;

    void remove(String path, At at) throws OsException;

    void unlink(String path) throws OsException;

    void unlink(String path, At at) throws OsException;

    void rename(String src, String dst) throws OsException;

    void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException;

    void replace(String src, String dst) throws OsException;

    void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException;

    /** {@code os.symlink(src, dst)}: creates {@code dst} pointing at {@code src}. */
    void symlink(String src, String dst) throws OsException;

    void symlink(String src, String dst, boolean targetIsDirectory) throws OsException;

    void symlink(String src, String dst, boolean targetIsDirectory, At at) throws OsException;

    String readlink(String path) throws OsException;

    String readlink(String path, At at) throws OsException;

    void link(String src, String dst) throws OsException;

    void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException;

    void chmod(String path, int mode) throws OsException;

    void chmod(String path, int mode, At at) throws OsException;

    /** {@code os.access}: {@code true} if the real ids may use {@code path} as {@code mode} asks. */
    boolean access(String path, int mode);

    boolean access(String path, int mode, At at, boolean effectiveIds);

    // ---- process parameters ----

    /** {@code os.umask}: sets the mask and returns the previous one. */
    int umask(int mask);

    long getpid();

    long getppid();

    long getuid();

    long geteuid();

    long getgid();

    long getegid();

    // ---- environment ----

    /**
     * {@code os.environ}: a live map over the native environment. Changes call {@code setenv}/{@code unsetenv},
     * so child processes started natively inherit them. ({@link ProcessBuilder} copies the JVM's start-up
     * environment instead: give it the variables explicitly.)
     */
    Map<String, String> environ();

    /** {@code os.getenv(key)}: the value, or {@code null}. */
    String getenv(String key);

    String getenv(String key, String defaultValue);

    void putenv(String key, String value) throws OsException;

    void unsetenv(String key) throws OsException;

    // ---- system ----

    /** Python's {@code pwd} module, which {@code os.path.expanduser} consults. */
    Pwd pwd();

    String strerror(int errno);

    UnameResult uname() throws OsException;
}
