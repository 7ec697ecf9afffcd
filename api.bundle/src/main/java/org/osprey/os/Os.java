package org.osprey.os;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    // ---- file descriptors ----
    //
    // Real descriptors: the int is the number the OS uses. Calls interrupted by a signal are retried (PEP 475).
    // The descriptors that Osprey creates are not inherited by child processes, as in Python 3.4+, unless
    // asked for (dup2's inheritable, set_inheritable, pipe2 without O_CLOEXEC). A bad descriptor fails with an
    // OsException whose errno is EBADF.

    /**
     * Every {@code O_*}, {@code SEEK_*}, {@code F_LOCK}... and {@code POSIX_FADV_*} constant the running platform
     * defines, by name: the table behind the accessors below, for lookups by name and {@code hasattr} checks.
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
     */
    default int O_RDONLY() {
        return fdConstants().get("O_RDONLY");
    }

    default int F_LOCK() {
        return fdConstants().get("F_LOCK");
    }

    default int F_TEST() {
        return fdConstants().get("F_TEST");
    }

    default int F_TLOCK() {
        return fdConstants().get("F_TLOCK");
    }

    default int F_ULOCK() {
        return fdConstants().get("F_ULOCK");
    }

    default int O_ACCMODE() {
        return fdConstants().get("O_ACCMODE");
    }

    default int O_APPEND() {
        return fdConstants().get("O_APPEND");
    }

    default int O_ASYNC() {
        return fdConstants().get("O_ASYNC");
    }

    default int O_CLOEXEC() {
        return fdConstants().get("O_CLOEXEC");
    }

    default int O_CREAT() {
        return fdConstants().get("O_CREAT");
    }

    default int O_DIRECT() {
        return fdConstants().get("O_DIRECT");
    }

    default int O_DIRECTORY() {
        return fdConstants().get("O_DIRECTORY");
    }

    default int O_DSYNC() {
        return fdConstants().get("O_DSYNC");
    }

    default int O_EVTONLY() {
        return fdConstants().get("O_EVTONLY");
    }

    default int O_EXCL() {
        return fdConstants().get("O_EXCL");
    }

    default int O_EXLOCK() {
        return fdConstants().get("O_EXLOCK");
    }

    default int O_FSYNC() {
        return fdConstants().get("O_FSYNC");
    }

    default int O_LARGEFILE() {
        return fdConstants().get("O_LARGEFILE");
    }

    default int O_NDELAY() {
        return fdConstants().get("O_NDELAY");
    }

    default int O_NOATIME() {
        return fdConstants().get("O_NOATIME");
    }

    default int O_NOCTTY() {
        return fdConstants().get("O_NOCTTY");
    }

    default int O_NOFOLLOW() {
        return fdConstants().get("O_NOFOLLOW");
    }

    default int O_NOFOLLOW_ANY() {
        return fdConstants().get("O_NOFOLLOW_ANY");
    }

    default int O_NONBLOCK() {
        return fdConstants().get("O_NONBLOCK");
    }

    default int O_PATH() {
        return fdConstants().get("O_PATH");
    }

    default int O_RDWR() {
        return fdConstants().get("O_RDWR");
    }

    default int O_RSYNC() {
        return fdConstants().get("O_RSYNC");
    }

    default int O_SHLOCK() {
        return fdConstants().get("O_SHLOCK");
    }

    default int O_SYMLINK() {
        return fdConstants().get("O_SYMLINK");
    }

    default int O_SYNC() {
        return fdConstants().get("O_SYNC");
    }

    default int O_TMPFILE() {
        return fdConstants().get("O_TMPFILE");
    }

    default int O_TRUNC() {
        return fdConstants().get("O_TRUNC");
    }

    default int O_WRONLY() {
        return fdConstants().get("O_WRONLY");
    }

    default int POSIX_FADV_DONTNEED() {
        return fdConstants().get("POSIX_FADV_DONTNEED");
    }

    default int POSIX_FADV_NOREUSE() {
        return fdConstants().get("POSIX_FADV_NOREUSE");
    }

    default int POSIX_FADV_NORMAL() {
        return fdConstants().get("POSIX_FADV_NORMAL");
    }

    default int POSIX_FADV_RANDOM() {
        return fdConstants().get("POSIX_FADV_RANDOM");
    }

    default int POSIX_FADV_SEQUENTIAL() {
        return fdConstants().get("POSIX_FADV_SEQUENTIAL");
    }

    default int POSIX_FADV_WILLNEED() {
        return fdConstants().get("POSIX_FADV_WILLNEED");
    }

    default int SEEK_CUR() {
        return fdConstants().get("SEEK_CUR");
    }

    default int SEEK_DATA() {
        return fdConstants().get("SEEK_DATA");
    }

    default int SEEK_END() {
        return fdConstants().get("SEEK_END");
    }

    default int SEEK_HOLE() {
        return fdConstants().get("SEEK_HOLE");
    }

    default int SEEK_SET() {
        return fdConstants().get("SEEK_SET");
    }

    /** {@code os.open(path, flags)} with mode 0o777; the new descriptor is not inheritable. */
    int open(String path, int flags) throws OsException;

    /** {@code os.open(path, flags, mode)}: {@code mode} (less the umask) applies when the file is created. */
    int open(String path, int flags, int mode) throws OsException;

    /**
     * {@code os.open(path, flags, mode, dir_fd=...)}: only the {@code dir_fd} of {@code at} applies, as
     * Python's {@code open} has no {@code follow_symlinks} (use {@code O_NOFOLLOW}).
     *
     * @throws IllegalArgumentException if {@code at} asks not to follow symlinks
     */
    int open(String path, int flags, int mode, At at) throws OsException;

    /** {@code os.close}: an interrupted close is not retried, as in Python (the descriptor is gone anyway). */
    void close(int fd) throws OsException;

    /**
     * {@code os.closerange(fd_low, fd_high)}: closes every descriptor from {@code low} (inclusive) to
     * {@code high} (exclusive), ignoring errors. This includes the JVM's own descriptors in that range.
     */
    void closerange(int low, int high);

    /** {@code os.read(fd, n)}: at most {@code n} bytes; an empty array at end of file. */
    byte[] read(int fd, int n) throws OsException;

    /** Reads into {@code buffer}; the number of bytes read, 0 at end of file (never -1). */
    int read(int fd, byte[] buffer) throws OsException;

    int read(int fd, byte[] buffer, int offset, int length) throws OsException;

    /**
     * Reads into the remaining space of {@code buffer} and advances its position; 0 at end of file. A direct
     * buffer is read into in place, without a copy.
     */
    int read(int fd, ByteBuffer buffer) throws OsException;

    /** {@code os.write(fd, data)}: the number of bytes written, which may be fewer than given. */
    int write(int fd, byte[] data) throws OsException;

    int write(int fd, byte[] data, int offset, int length) throws OsException;

    /** Writes the remaining bytes of {@code data} (advancing its position past those written). */
    int write(int fd, ByteBuffer data) throws OsException;

    /** {@code os.pread(fd, n, offset)}: reads at {@code offset} without moving the file position. */
    byte[] pread(int fd, int n, long offset) throws OsException;

    int pread(int fd, byte[] buffer, int bufferOffset, int length, long offset) throws OsException;

    int pread(int fd, ByteBuffer buffer, long offset) throws OsException;

    /** {@code os.pwrite(fd, data, offset)}: writes at {@code offset} without moving the file position. */
    int pwrite(int fd, byte[] data, long offset) throws OsException;

    int pwrite(int fd, byte[] data, int dataOffset, int length, long offset) throws OsException;

    int pwrite(int fd, ByteBuffer data, long offset) throws OsException;

    /**
     * {@code os.readv(fd, buffers)}: fills the buffers in order with one call and returns the total read;
     * each buffer's position advances past what it received.
     */
    long readv(int fd, ByteBuffer... buffers) throws OsException;

    long readv(int fd, byte[]... buffers) throws OsException;

    /** {@code os.writev(fd, buffers)}: writes the buffers in order with one call; the total written. */
    long writev(int fd, ByteBuffer... buffers) throws OsException;

    long writev(int fd, byte[]... buffers) throws OsException;

    /**
     * {@code os.lseek(fd, pos, how)} with {@code how} one of {@code SEEK_SET}, {@code SEEK_CUR}, {@code SEEK_END}
     * or, where the platform has them, {@code SEEK_DATA} and {@code SEEK_HOLE} ({@link #fdConstants()}).
     */
    long lseek(int fd, long position, int how) throws OsException;

    /** {@code os.dup}: the lowest free descriptor, not inheritable. */
    int dup(int fd) throws OsException;

    /** {@code os.dup2(fd, fd2)}: {@code fd2} becomes a copy of {@code fd}, inheritable; returns {@code fd2}. */
    int dup2(int fd, int fd2) throws OsException;

    int dup2(int fd, int fd2, boolean inheritable) throws OsException;

    /** {@code os.pipe()}: both ends are not inheritable. */
    Pipe pipe() throws OsException;

    /**
     * {@code os.pipe2(flags)} with {@code O_NONBLOCK} and/or {@code O_CLOEXEC}, set atomically (Linux).
     *
     * @throws UnsupportedOperationException where the platform has no {@code pipe2} (macOS)
     */
    Pipe pipe2(int flags) throws OsException;

    void fsync(int fd) throws OsException;

    /** @throws UnsupportedOperationException where the C library has no {@code fdatasync} */
    void fdatasync(int fd) throws OsException;

    void ftruncate(int fd, long length) throws OsException;

    /** {@code os.truncate(path, length)}. */
    void truncate(String path, long length) throws OsException;

    /** {@code os.truncate(fd, length)}, the same as {@link #ftruncate}. */
    void truncate(int fd, long length) throws OsException;

    /** @throws UnsupportedOperationException where the platform lacks it (macOS) */
    void posixFallocate(int fd, long offset, long length) throws OsException;

    /**
     * {@code os.posix_fadvise(fd, offset, len, advice)} with a {@code POSIX_FADV_*} advice.
     *
     * @throws UnsupportedOperationException where the platform lacks it (macOS)
     */
    void posixFadvise(int fd, long offset, long length, int advice) throws OsException;

    /**
     * {@code os.sendfile(out_fd, in_fd, offset, count)}: copies in the kernel from {@code inFd}, starting at
     * {@code offset} and leaving its position alone, and returns the bytes sent (0 at end of file). On Linux
     * {@code outFd} may be any file; on macOS it must be a socket.
     */
    long sendfile(int outFd, int inFd, long offset, long count) throws OsException;

    /**
     * {@code os.sendfile(out_fd, in_fd, None, count)}: reads from {@code inFd}'s position and moves it (Linux).
     *
     * @throws UnsupportedOperationException where the platform cannot (macOS needs an offset)
     */
    long sendfile(int outFd, int inFd, long count) throws OsException;

    /**
     * {@code os.lockf(fd, cmd, len)} with {@code F_LOCK}, {@code F_TLOCK}, {@code F_ULOCK} or {@code F_TEST}:
     * a POSIX record lock from the current position over {@code len} bytes (0: to the end of the file, and
     * beyond). The lock belongs to the process, not to a thread.
     */
    void lockf(int fd, int cmd, long length) throws OsException;

    /** {@code os.get_blocking}: whether {@code O_NONBLOCK} is clear. */
    boolean getBlocking(int fd) throws OsException;

    void setBlocking(int fd, boolean blocking) throws OsException;

    /** {@code os.get_inheritable}: whether {@code FD_CLOEXEC} is clear, so child processes get the descriptor. */
    boolean getInheritable(int fd) throws OsException;

    void setInheritable(int fd, boolean inheritable) throws OsException;

    /** {@code os.isatty}: never fails; a bad descriptor is not a terminal. */
    boolean isatty(int fd);

    /** {@code os.ttyname}: the terminal device's path, such as {@code /dev/pts/3}. */
    String ttyname(int fd) throws OsException;

    /** {@code os.openpty()}: a new pseudo-terminal pair, both ends not inheritable. */
    Pty openpty() throws OsException;

    /**
     * {@code os.device_encoding(fd)}: the encoding of the terminal at {@code fd} (the locale's,
     * {@code native.encoding}), or empty if {@code fd} is not a terminal.
     */
    Optional<String> deviceEncoding(int fd);

    /** {@code os.get_terminal_size()}: of standard output. */
    TerminalSize getTerminalSize() throws OsException;

    /** {@code os.get_terminal_size(fd)}: the window size ({@code TIOCGWINSZ}) of the terminal at {@code fd}. */
    TerminalSize getTerminalSize(int fd) throws OsException;

    /** {@code os.fdopen(fd, 'r+b', buffering=0)}: a channel (and streams) over {@code fd} that closes it. */
    FdChannel fdopen(int fd);

    /** {@code os.fdopen(fd, ..., closefd=closefd)}: with {@code false}, closing the channel leaves {@code fd} open. */
    FdChannel fdopen(int fd, boolean closefd);

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
