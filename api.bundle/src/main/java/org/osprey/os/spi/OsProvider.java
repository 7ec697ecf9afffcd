package org.osprey.os.spi;

import java.nio.ByteBuffer;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;
import org.osprey.os.Platform;
import org.osprey.os.StatResult;
import org.osprey.os.Supports;
import org.osprey.os.UnameResult;

/**
 * What a platform provider implements: a thin dispatcher to the native calls behind Python's {@code os}.
 * The API validates arguments (a NUL byte in a path never reaches a provider) and builds everything that is
 * not a single native call ({@code walk}, {@code makedirs}, {@code os.path}) on top of this interface.
 *
 * <p>Paths arrive as Java strings; on POSIX the provider encodes them with {@link org.osprey.os.FsCodec}.
 * A {@code dirFd} of {@link #NO_DIR_FD} means Python's {@code dir_fd=None}. A failing call throws the
 * {@link OsException} subtype for its errno ({@link OsException#of}), naming the path(s) it was given.
 * Functions a provider lacks keep the default, which throws {@link UnsupportedOperationException} saying so.
 *
 * <p>Off OSGi providers are found with {@link java.util.ServiceLoader}; the one with the highest
 * {@link #rank()} among those {@link #isUsable() usable} here wins. In OSGi they are Declarative Services
 * components, and the highest {@code service.ranking} wins.
 */
@ProviderType
public interface OsProvider {
    /** Python's {@code dir_fd=None}. */
    int NO_DIR_FD = Integer.MIN_VALUE;

    /** Rank of a provider written for the running OS through native calls. */
    int RANK_NATIVE = 100;
    /** Rank of a provider that works everywhere with reduced fidelity. */
    int RANK_FALLBACK = 0;

    // ---- identity ----

    /** A short name for messages and diagnostics, such as {@code "posix (jnr)"}. */
    String id();

    /** Whether this provider can serve the running OS and architecture (and its native parts load). */
    boolean isUsable();

    /** Higher wins when several providers are usable. */
    int rank();

    Platform platform();

    Supports supports();

    // ---- files and directories ----

    StatResult stat(String path, int dirFd, boolean followSymlinks) throws OsException;

    StatResult fstat(int fd) throws OsException;

    /** {@code access(2)}, or {@code faccessat(2)}; {@code false} for a denied or missing file, never an error. */
    boolean access(String path, int mode, int dirFd, boolean effectiveIds, boolean followSymlinks);

    String getcwd() throws OsException;

    void chdir(String path) throws OsException;

    default void fchdir(int fd) throws OsException {
        throw Unsupported.of("fchdir");
    }

    /** Opens a directory for reading; {@code "."} and {@code ".."} are skipped. */
    DirStream opendir(String path) throws OsException;

    /** Reads the directory open at {@code fd}, from its start, without closing or moving {@code fd}. */
    default DirStream opendir(int fd) throws OsException {
        throw Unsupported.of("scandir", "scandir on a file descriptor");
    }

    void mkdir(String path, int mode, int dirFd) throws OsException;

    void rmdir(String path, int dirFd) throws OsException;

    void unlink(String path, int dirFd) throws OsException;

    /** {@code rename(2)}: replaces an existing {@code dst} on POSIX. */
    void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException;

    /** Like rename, but replaces {@code dst} on every platform (Python's {@code os.replace}). */
    default void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        rename(src, dst, srcDirFd, dstDirFd);
    }

    void symlink(String target, String linkPath, boolean targetIsDirectory, int dirFd) throws OsException;

    String readlink(String path, int dirFd) throws OsException;

    void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException;

    void chmod(String path, int mode, int dirFd, boolean followSymlinks) throws OsException;

    default void fchmod(int fd, int mode) throws OsException {
        throw Unsupported.of("fchmod");
    }

    default void chown(String path, long uid, long gid, int dirFd, boolean followSymlinks) throws OsException {
        throw Unsupported.of("chown");
    }

    default void fchown(int fd, long uid, long gid) throws OsException {
        throw Unsupported.of("fchown");
    }

    /**
     * Sets access and modification times in ns; both {@code null} means now. Python's {@code os.utime}.
     */
    default void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException {
        throw Unsupported.of("utime");
    }

    default void truncate(String path, long length) throws OsException {
        throw Unsupported.of("truncate");
    }

    default void mkfifo(String path, int mode, int dirFd) throws OsException {
        throw Unsupported.of("mkfifo");
    }

    // ---- file descriptors ----
    //
    // Buffers: a call reads into (or writes from) a buffer's remaining bytes and advances its position past
    // the bytes moved. Calls interrupted by a signal are retried, except close and dup2 (PEP 475).

    /** The platform's {@code O_*}, {@code SEEK_*}, lockf {@code F_*} and {@code POSIX_FADV_*}, by Python name. */
    default Map<String, Integer> fdConstants() {
        return Map.of();
    }

    /** {@code openat(2)}; like Python's, the descriptor is not inherited by child processes ({@code O_CLOEXEC}). */
    default int open(String path, int flags, int mode, int dirFd) throws OsException {
        throw Unsupported.of("open");
    }

    default void close(int fd) throws OsException {
        throw Unsupported.of("close");
    }

    /** Closes {@code [low, high)}, ignoring errors. */
    default void closerange(int low, int high) {
        throw Unsupported.of("closerange");
    }

    /** The bytes read, 0 at end of file. */
    default int read(int fd, ByteBuffer buffer) throws OsException {
        throw Unsupported.of("read");
    }

    default int write(int fd, ByteBuffer buffer) throws OsException {
        throw Unsupported.of("write");
    }

    default int pread(int fd, ByteBuffer buffer, long offset) throws OsException {
        throw Unsupported.of("pread");
    }

    default int pwrite(int fd, ByteBuffer buffer, long offset) throws OsException {
        throw Unsupported.of("pwrite");
    }

    default long readv(int fd, ByteBuffer[] buffers) throws OsException {
        throw Unsupported.of("readv");
    }

    default long writev(int fd, ByteBuffer[] buffers) throws OsException {
        throw Unsupported.of("writev");
    }

    default long lseek(int fd, long position, int how) throws OsException {
        throw Unsupported.of("lseek");
    }

    /** A non-inheritable copy. */
    default int dup(int fd) throws OsException {
        throw Unsupported.of("dup");
    }

    default int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        throw Unsupported.of("dup2");
    }

    /** {@code {read end, write end}}, both non-inheritable. */
    default int[] pipe() throws OsException {
        throw Unsupported.of("pipe");
    }

    /** {@code {read end, write end}} with exactly {@code flags}. */
    default int[] pipe2(int flags) throws OsException {
        throw Unsupported.of("pipe2");
    }

    default void fsync(int fd) throws OsException {
        throw Unsupported.of("fsync");
    }

    default void fdatasync(int fd) throws OsException {
        throw Unsupported.of("fdatasync");
    }

    default void ftruncate(int fd, long length) throws OsException {
        throw Unsupported.of("ftruncate");
    }

    default void posixFallocate(int fd, long offset, long length) throws OsException {
        throw Unsupported.of("posix_fallocate");
    }

    default void posixFadvise(int fd, long offset, long length, int advice) throws OsException {
        throw Unsupported.of("posix_fadvise");
    }

    /** {@code sendfile}'s {@code offset=None}. */
    long NO_OFFSET = -1;

    /** With {@code offset} {@link #NO_OFFSET} Python's {@code offset=None}: from {@code inFd}'s position. */
    default long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        throw Unsupported.of("sendfile");
    }

    default void lockf(int fd, int cmd, long length) throws OsException {
        throw Unsupported.of("lockf");
    }

    default boolean getBlocking(int fd) throws OsException {
        throw Unsupported.of("get_blocking");
    }

    default void setBlocking(int fd, boolean blocking) throws OsException {
        throw Unsupported.of("set_blocking");
    }

    default boolean getInheritable(int fd) throws OsException {
        throw Unsupported.of("get_inheritable");
    }

    default void setInheritable(int fd, boolean inheritable) throws OsException {
        throw Unsupported.of("set_inheritable");
    }

    default boolean isatty(int fd) {
        return false;
    }

    default String ttyname(int fd) throws OsException {
        throw Unsupported.of("ttyname");
    }

    /** {@code {master, slave}}, both non-inheritable. */
    default int[] openpty() throws OsException {
        throw Unsupported.of("openpty");
    }

    /** {@code {columns, lines}} of the terminal at {@code fd}. */
    default int[] terminalSize(int fd) throws OsException {
        throw Unsupported.of("get_terminal_size");
    }

    // ---- process parameters ----

    int umask(int mask);

    long getpid();

    long getppid();

    long getuid();

    long geteuid();

    long getgid();

    long getegid();

    default long[] getgroups() throws OsException {
        throw Unsupported.of("getgroups");
    }

    // ---- environment ----

    /** The native environment as it is now, decoded with {@link org.osprey.os.FsCodec}. */
    Map<String, String> environ();

    /** {@code setenv(3)}: children started natively from now on inherit it. */
    void putenv(String key, String value) throws OsException;

    void unsetenv(String key) throws OsException;

    // ---- user database ----

    /** {@code getpwuid(3)}: the entry, or {@code null} if there is none. */
    default Passwd getpwuid(long uid) throws OsException {
        throw Unsupported.of("pwd.getpwuid");
    }

    /** {@code getpwnam(3)}: the entry, or {@code null} if there is none. */
    default Passwd getpwnam(String name) throws OsException {
        throw Unsupported.of("pwd.getpwnam");
    }

    // ---- system ----

    /** The OS's message for an errno, Python's {@code os.strerror}. */
    String strerror(int errno);

    UnameResult uname() throws OsException;

    default int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }
}
