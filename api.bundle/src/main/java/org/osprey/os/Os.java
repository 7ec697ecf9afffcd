package org.osprey.os;

import java.nio.ByteBuffer;
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
    int R_OK = 4;
    int W_OK = 2;
    int X_OK = 1;

    /** Python's {@code offset=None} for {@link #copyFileRange(int, int, long, long, long)}. */
    long NO_OFFSET = -1;

    /**
     * The {@code os} of the running platform: off OSGi, the best usable {@link OsProvider} that
     * {@link java.util.ServiceLoader} finds, or the one the system property {@code osprey.provider} names (read
     * at the first call); in an OSGi framework, the current {@code Os} service.
     *
     * @throws NoProviderException (an {@link IllegalStateException}) on every call while no provider serves,
     *         naming what was looked for and the provider to add, or what was asked for and what was found
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

    /** {@code os.makedirs(name, exist_ok=existOk)}: mode {@code 0o777}, as Python's default. */
    void makedirs(String path, boolean existOk) throws OsException;

    void rmdir(String path) throws OsException;

    void rmdir(String path, At at) throws OsException;

    /** {@code os.walk(top)}: top-down, errors ignored, symlinks to directories not followed. */
    Iterable<WalkEntry> walk(String top);

    Iterable<WalkEntry> walk(String top, WalkOptions options);

    /** {@code os.fchdir}: makes the directory open at {@code fd} the working directory. */
    void fchdir(int fd) throws OsException;

    /**
     * {@code os.chroot}: changes the root directory of the whole process (the JVM included), which needs
     * privileges and cannot be undone; meant for a process about to run untrusted code.
     */
    void chroot(String path) throws OsException;

    /**
     * {@code os.removedirs}: removes the leaf directory, then each parent named in {@code path} that is left
     * empty, stopping quietly at the first that cannot be removed. Only the leaf's failure is an error.
     */
    void removedirs(String path) throws OsException;

    /**
     * {@code os.renames}: renames after creating the missing parents of {@code dst}, then prunes the parents
     * of {@code src} that are left empty, as {@link #removedirs} does.
     */
    void renames(String src, String dst) throws OsException;

    /** {@code os.fwalk(top)}: top-down, errors ignored, symlinks never followed. Close the result. */
    FwalkIterator fwalk(String top) throws OsException;

    /**
     * {@code os.fwalk}: like {@link #walk}, but each step also carries an open descriptor of its directory,
     * and the walk checks, by comparing the {@code lstat} of each name with the {@code fstat} of what it opened,
     * that it never leaves the tree through a symlink unless {@code followSymlinks}. One descriptor is open per
     * level; close the result (try-with-resources) if the walk may stop early.
     *
     * @throws OsException if {@code top} itself cannot be opened, as in Python
     */
    FwalkIterator fwalk(String top, FwalkOptions options) throws OsException;

    // ---- files ----

    StatResult stat(String path) throws OsException;

    StatResult stat(String path, At at) throws OsException;

    /**
     * Osprey's addition (Python has none): {@code stat} that answers empty where {@code os.stat} would raise,
     * without the cost of an exception. {@code os.path.exists}, {@code isdir} and the other predicates are this;
     * use it where a missing file is an expected answer, not an error (a NUL still throws, as everywhere).
     */
    Optional<StatResult> statIfExists(String path, At at);

    /** {@link #statIfExists(String, At)} following symbolic links, as {@code os.stat(path)}. */
    Optional<StatResult> statIfExists(String path);

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

    /** {@code os.fchmod}. */
    void fchmod(int fd, int mode) throws OsException;

    /**
     * {@code os.lchmod}: changes a symlink's own mode. Only where the OS can (macOS); Linux has no
     * {@code lchmod} and neither has Python there: throws {@link UnsupportedOperationException}.
     */
    void lchmod(String path, int mode) throws OsException;

    /** {@code os.chown}: a uid or gid of {@code -1} leaves it unchanged. */
    void chown(String path, long uid, long gid) throws OsException;

    /** {@code os.chown(path, uid, gid, dir_fd=, follow_symlinks=)}, through {@code fchownat(2)}. */
    void chown(String path, long uid, long gid, At at) throws OsException;

    /** {@code os.chown(fd, ...)}, the same as {@link #fchown}. */
    void chown(int fd, long uid, long gid) throws OsException;

    /** {@code os.lchown}: changes the owner of a symlink itself, never its target. */
    void lchown(String path, long uid, long gid) throws OsException;

    void fchown(int fd, long uid, long gid) throws OsException;

    /**
     * {@code os.chflags}: sets BSD file flags ({@code UF_*}/{@code SF_*} of Python's {@code stat} module).
     * macOS only; Linux has no such flags (its {@code chattr} attributes are another interface) and Python has
     * no {@code os.chflags} there: throws {@link UnsupportedOperationException}.
     */
    void chflags(String path, int flags) throws OsException;

    void chflags(String path, int flags, boolean followSymlinks) throws OsException;

    /** {@code os.lchflags}: {@link #chflags} on a symlink itself; macOS only, as that. */
    void lchflags(String path, int flags) throws OsException;

    /** {@code os.mkfifo(path, 0o666)}. */
    void mkfifo(String path) throws OsException;

    /**
     * {@code os.mkfifo}. {@code dir_fd} needs {@code mkfifoat}, which Linux has (see {@link Supports#dirFd()}).
     */
    void mkfifo(String path, int mode, At at) throws OsException;

    /**
     * {@code os.mknod}: {@code mode} combines the permissions with a file type ({@code S_IFREG},
     * {@code S_IFCHR}, {@code S_IFBLK}, {@code S_IFIFO}, {@code S_IFSOCK}); {@code device} comes from
     * {@link #makedev} for a device file.
     */
    void mknod(String path, int mode, long device) throws OsException;

    void mknod(String path, int mode, long device, At at) throws OsException;

    /**
     * {@code os.major}: the major number of a device number, decoded as the running platform encodes them.
     * {@code device} is the native {@code dev_t}, its bits carried in a {@code long}; {@code NODEV} (-1) gives
     * -1, as in CPython 3.13.
     */
    long major(long device);

    /** {@code os.minor}: the minor number, as {@link #major}. */
    long minor(long device);

    /** {@code os.makedev}: the running platform's device number for a major and a minor number. */
    long makedev(int major, int minor);

    /**
     * {@code os.pathconf}: a configurable limit of the file system holding {@code path}; {@code -1} where there is
     * no limit. {@code name} is a key of {@link #pathconfNames()}, such as {@code "PC_NAME_MAX"}.
     *
     * @throws IllegalArgumentException for a name the platform does not know (Python's {@code ValueError})
     */
    long pathconf(String path, String name) throws OsException;

    /** {@code os.pathconf} with the platform's number for the name. */
    long pathconf(String path, int name) throws OsException;

    /** {@code os.fpathconf}, also Python's {@code os.pathconf(fd, name)}. */
    long fpathconf(int fd, String name) throws OsException;

    long fpathconf(int fd, int name) throws OsException;

    /**
     * {@code os.pathconf_names}: the names {@link #pathconf} accepts on the running platform, each with the
     * platform's number for it (the numbers differ between Linux and macOS). Immutable.
     */
    Map<String, Integer> pathconfNames();

    /** {@code os.statvfs}. */
    StatvfsResult statvfs(String path) throws OsException;

    /** {@code os.statvfs(fd)}, the same as {@link #fstatvfs}. */
    StatvfsResult statvfs(int fd) throws OsException;

    StatvfsResult fstatvfs(int fd) throws OsException;

    /** {@code os.sync}: asks the OS to write every buffered file system change to disk. */
    void sync();

    /** {@code os.utime(path)}: sets the access and modification times to now. */
    void utime(String path) throws OsException;

    /**
     * {@code os.utime(path, (atime, mtime), dir_fd=, follow_symlinks=)}: times in seconds since the epoch,
     * rounded down to the nanosecond as Python does.
     *
     * @throws IllegalArgumentException for NaN, or a time beyond what nanoseconds in a {@code long} hold (about
     *                                  292 years either side of 1970), where Python's limit is {@code time_t}'s
     */
    void utime(String path, double atime, double mtime, At at) throws OsException;

    /** {@code os.utime(path, ns=(atimeNs, mtimeNs), dir_fd=, follow_symlinks=)}: exact nanoseconds. */
    void utimeNs(String path, long atimeNs, long mtimeNs, At at) throws OsException;

    /** {@code os.utime(path, None, dir_fd=, follow_symlinks=)}: now. */
    void utimeNow(String path, At at) throws OsException;

    /** {@code os.utime(fd, (atime, mtime))}, through {@code futimens(2)}. */
    void utime(int fd, double atime, double mtime) throws OsException;

    /** {@code os.utime(fd, ns=(atimeNs, mtimeNs))}, through {@code futimens(2)}. */
    void utimeNs(int fd, long atimeNs, long mtimeNs) throws OsException;

    /** {@code os.utime(fd)}: now. */
    void utimeNow(int fd) throws OsException;

    /**
     * {@code os.XATTR_CREATE}: the running platform's {@link #setxattr} flag that fails if the attribute
     * exists. Platform constants are methods because their values differ between platforms.
     */
    int XATTR_CREATE();

    /** {@code os.XATTR_REPLACE}: the {@link #setxattr} flag that fails if the attribute does not exist. */
    int XATTR_REPLACE();

    /** {@code os.XATTR_SIZE_MAX}: the largest value an extended attribute may have on the running platform. */
    int XATTR_SIZE_MAX();

    /** {@code os.getxattr}: the value of the extended attribute {@code attribute} of {@code path}. */
    byte[] getxattr(String path, String attribute) throws OsException;

    byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException;

    byte[] getxattr(int fd, String attribute) throws OsException;

    /** {@code os.setxattr}: {@code flags} is 0, {@link #XATTR_CREATE()} or {@link #XATTR_REPLACE()}. */
    void setxattr(String path, String attribute, byte[] value, int flags) throws OsException;

    void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException;

    void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException;

    /** {@code os.listxattr()}: the attributes of the working directory. */
    List<String> listxattr() throws OsException;

    List<String> listxattr(String path) throws OsException;

    List<String> listxattr(String path, boolean followSymlinks) throws OsException;

    List<String> listxattr(int fd) throws OsException;

    void removexattr(String path, String attribute) throws OsException;

    void removexattr(String path, String attribute, boolean followSymlinks) throws OsException;

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

    /**
     * {@code os.read(fd, n)}: what one {@code read(2)} of at most {@code n} bytes returns; an empty array at end of
     * file. Any {@code n} is safe: beyond 64 KiB the array is no larger than the rest of a regular file (at least
     * 64 KiB, should it grow) and 64 KiB for other descriptors, which may then return fewer bytes than asked, as
     * Python allows. A negative {@code n} is EINVAL, as in CPython.
     */
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

    /**
     * {@code os.pread(fd, n, offset)}: reads at {@code offset} without moving the file position; a large {@code n}
     * is bounded as in {@link #read(int, int)}.
     */
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
     * {@code os.copy_file_range(src, dst, count)} (Python 3.8, Linux): copies up to {@code count} bytes in the
     * kernel from {@code src}'s position to {@code dst}'s, moving both, and returns the bytes copied (0 at end of
     * file).
     *
     * @throws UnsupportedOperationException where the platform lacks it (macOS, Linux before 4.5)
     */
    long copyFileRange(int src, int dst, long count) throws OsException;

    /**
     * {@code os.copy_file_range(src, dst, count, offset_src, offset_dst)}: an offset of
     * {@link #NO_OFFSET} is Python's {@code None} (that descriptor's position is used and moved); a
     * given offset leaves that descriptor's position alone.
     */
    long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException;

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

    /** {@code os.getgroups}: the supplementary group ids of this process. */
    long[] getgroups() throws OsException;

    /** {@code os.setgroups}: needs privilege. */
    void setgroups(long[] groups) throws OsException;

    /** {@code os.getgrouplist}: the groups {@code user} belongs to, always including {@code group}. */
    long[] getgrouplist(String user, long group) throws OsException;

    /** {@code os.initgroups}: sets the supplementary groups from the group database; needs privilege. */
    void initgroups(String username, long gid) throws OsException;

    /** {@code os.getlogin}: the user logged in on the controlling terminal (see Python's caveats). */
    String getlogin() throws OsException;

    /** {@code os.getpgid}: the process group of {@code pid} (0: this process). */
    long getpgid(long pid) throws OsException;

    long getpgrp();

    /** {@code os.setpgid}: 0 for {@code pid} means this process, 0 for {@code pgrp} means {@code pid}. */
    void setpgid(long pid, long pgrp) throws OsException;

    /** {@code os.setpgrp}: makes this process the leader of a new process group. */
    void setpgrp() throws OsException;

    long getsid(long pid) throws OsException;

    /** {@code os.setsid}: fails if this process already leads a process group (the JVM may). */
    void setsid() throws OsException;

    /** {@code os.tcgetpgrp}: the foreground process group of the terminal open at {@code fd}. */
    long tcgetpgrp(int fd) throws OsException;

    /** {@code os.tcsetpgrp}: makes {@code pgrp} the foreground process group of the terminal at {@code fd}. */
    void tcsetpgrp(int fd, long pgrp) throws OsException;

    /** {@code os.getpriority}: the nice value of a process, group or user ({@link #PRIO_PROCESS()}...). */
    int getpriority(int which, long who) throws OsException;

    /** {@code os.setpriority}; see {@link #nice} for what it changes in a JVM on Linux. */
    void setpriority(int which, long who, int priority) throws OsException;

    /** {@code os.getresuid}: Linux only; elsewhere {@link UnsupportedOperationException}. */
    ResIds getresuid() throws OsException;

    /** {@code os.getresgid}: Linux only. */
    ResIds getresgid() throws OsException;

    /** {@code os.setresuid}: Linux only; -1 leaves an id unchanged. */
    void setresuid(long ruid, long euid, long suid) throws OsException;

    /** {@code os.setresgid}: Linux only; -1 leaves an id unchanged. */
    void setresgid(long rgid, long egid, long sgid) throws OsException;

    /**
     * {@code os.setuid}. Like every credential change here it applies to the whole process, with all the JVM's
     * threads (glibc and macOS broadcast it), and cannot be undone once the privilege is gone.
     */
    void setuid(long uid) throws OsException;

    void seteuid(long euid) throws OsException;

    void setgid(long gid) throws OsException;

    void setegid(long egid) throws OsException;

    /** {@code os.setreuid}: -1 leaves an id unchanged. */
    void setreuid(long ruid, long euid) throws OsException;

    void setregid(long rgid, long egid) throws OsException;

    /** {@code os.ctermid}: the file name of the controlling terminal (whether or not there is one). */
    String ctermid();

    /**
     * {@code os.nice}: adds {@code increment} to the niceness and returns the new niceness. On Linux niceness
     * belongs to a thread: in a JVM this changes the calling Java thread (and the processes it starts later),
     * not the JVM's other threads. The same holds for {@link #setpriority} with {@code PRIO_PROCESS} and pid 0,
     * and for the {@code sched_set*} calls with pid 0.
     */
    int nice(int increment) throws OsException;

    /** {@code os.times}. */
    TimesResult times() throws OsException;

    /**
     * {@code os.PRIO_PROCESS}, for {@link #getpriority}/{@link #setpriority}.
     *
     * <p>Platform constants ({@code PRIO_*}, {@code SCHED_*}, {@code RTLD_*}, {@code EX_*}) are accessor methods
     * named exactly as in Python ({@code os.PRIO_USER} is {@code os.PRIO_USER()}): their values are the running
     * platform's, which differ between Linux and macOS, so they cannot be compile-time constants. A constant the
     * platform lacks (where Python's {@code os} has no such attribute) throws
     * {@link UnsupportedOperationException}.
     */
    int PRIO_PROCESS();

    int PRIO_PGRP();

    int PRIO_USER();

    // ---- processes: signals ----

    /**
     * The running platform's signal numbers, Python's {@code signal.SIG*} by name ({@link SignalConstants}). The
     * accessors below ({@code os.SIGTERM()}) read it; a signal the platform lacks throws
     * {@link UnsupportedOperationException}.
     */
    SignalConstants signalConstants();

    default int SIGABRT() {
        return signalConstants().get("SIGABRT");
    }

    default int SIGALRM() {
        return signalConstants().get("SIGALRM");
    }

    default int SIGCHLD() {
        return signalConstants().get("SIGCHLD");
    }

    default int SIGCONT() {
        return signalConstants().get("SIGCONT");
    }

    default int SIGHUP() {
        return signalConstants().get("SIGHUP");
    }

    default int SIGINT() {
        return signalConstants().get("SIGINT");
    }

    default int SIGKILL() {
        return signalConstants().get("SIGKILL");
    }

    default int SIGPIPE() {
        return signalConstants().get("SIGPIPE");
    }

    default int SIGQUIT() {
        return signalConstants().get("SIGQUIT");
    }

    default int SIGSTOP() {
        return signalConstants().get("SIGSTOP");
    }

    default int SIGTERM() {
        return signalConstants().get("SIGTERM");
    }

    default int SIGTSTP() {
        return signalConstants().get("SIGTSTP");
    }

    default int SIGUSR1() {
        return signalConstants().get("SIGUSR1");
    }

    default int SIGUSR2() {
        return signalConstants().get("SIGUSR2");
    }

    /** {@code os.kill}: sends {@code signal} to process {@code pid} (0: this group, -1: every process allowed). */
    void kill(long pid, int signal) throws OsException;

    /** {@code os.killpg}: sends {@code signal} to every process of group {@code pgid}. */
    void killpg(long pgid, int signal) throws OsException;

    // ---- processes: waiting ----

    /**
     * {@code os.waitpid}: waits for the child {@code pid} (-1: any child; 0 or less than -1: a child of a
     * group) to change state as {@code options} ({@link #WNOHANG()}, {@link #WUNTRACED()}, {@link #WCONTINUED()})
     * asks. It reaps any child of this process, those the JVM started with {@link ProcessBuilder} too: waiting
     * for -1 can take one from under its {@link Process}.
     */
    WaitResult waitpid(long pid, int options) throws OsException;

    /** {@code os.wait}: waits for any child to end ({@code wait()} is {@link Object}'s in Java). */
    WaitResult waitAny() throws OsException;

    /** {@code os.wait3}: {@code waitpid(-1, options)} with the child's resource use. */
    Wait4Result wait3(int options) throws OsException;

    /** {@code os.wait4}: {@code waitpid(pid, options)} with the child's resource use. */
    Wait4Result wait4(long pid, int options) throws OsException;

    /**
     * {@code os.waitid}: waits for a child of {@code idtype} ({@link #P_PID()}, {@link #P_PGID()}, {@link #P_ALL()}
     * ...) and {@code id} as {@code options} ({@link #WEXITED()} and others) asks; {@code null} where Python returns
     * {@code None} ({@code WNOHANG} and no child ready).
     */
    WaitidResult waitid(int idtype, long id, int options) throws OsException;

    /**
     * {@code os.pidfd_open(pid)} (Linux 5.3+, glibc 2.36+): a descriptor that refers to process {@code pid}, not
     * inheritable; it becomes readable when the process ends, and {@link #waitid} takes it with {@link #P_PIDFD()}.
     */
    int pidfdOpen(long pid) throws OsException;

    /** {@code os.pidfd_open(pid, flags)}: {@code flags} 0 or {@link #PIDFD_NONBLOCK()}. */
    int pidfdOpen(long pid, int flags) throws OsException;

    /**
     * {@code os.waitstatus_to_exitcode}: the exit code of a child that exited, minus the signal of one killed by
     * a signal.
     *
     * @throws IllegalArgumentException (Python's ValueError) for a stopped child's status or one that is neither
     */
    int waitstatusToExitcode(int status);

    /** {@code os.WIFEXITED}: whether the child exited normally; the {@code W*} functions decode a wait status. */
    boolean WIFEXITED(int status);

    int WEXITSTATUS(int status);

    boolean WIFSIGNALED(int status);

    int WTERMSIG(int status);

    boolean WIFSTOPPED(int status);

    int WSTOPSIG(int status);

    boolean WIFCONTINUED(int status);

    boolean WCOREDUMP(int status);

    /** {@code os.WNOHANG}: the {@code W*}, {@code P_*} and {@code CLD_*} values are the running platform's. */
    int WNOHANG();

    int WUNTRACED();

    int WCONTINUED();

    int WEXITED();

    int WSTOPPED();

    int WNOWAIT();

    int P_PID();

    int P_PGID();

    int P_ALL();

    /** {@code os.P_PIDFD}: Linux only. */
    int P_PIDFD();

    /** {@code os.PIDFD_NONBLOCK} (Python 3.12+): Linux only. */
    int PIDFD_NONBLOCK();

    int CLD_EXITED();

    int CLD_KILLED();

    int CLD_DUMPED();

    int CLD_TRAPPED();

    int CLD_STOPPED();

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
     * its {@link OsException}.
     */
    int system(String command) throws OsException;

    /** {@code os._exit}: ends the process (the JVM) at once with status {@code n}: no shutdown hooks run. */
    void _exit(int n);

    /** {@code os.abort}: ends the process with {@code SIGABRT}, with no shutdown hooks. */
    void abort();

    /**
     * {@code os.execv}: replaces this process, the whole JVM and its threads, with the program {@code path}
     * given {@code args} (its {@code argv}, {@code args[0]} first); returns only by throwing.
     *
     * @throws IllegalArgumentException (Python's ValueError) for empty {@code args}, an empty {@code args[0]} or
     *         a NUL
     */
    void execv(String path, List<String> args) throws OsException;

    /** {@code os.execve}: {@link #execv} with the environment {@code env} in place of {@link #environ()}. */
    void execve(String path, List<String> args, Map<String, String> env) throws OsException;

    /** {@code os.execvp}: {@link #execv}, looking {@code file} up in {@code PATH} as Python does. */
    void execvp(String file, List<String> args) throws OsException;

    /** {@code os.execvpe}: {@link #execve}, looking {@code file} up in {@code env}'s {@code PATH}. */
    void execvpe(String file, List<String> args, Map<String, String> env) throws OsException;

    /** {@code os.execl(path, arg0, arg1, ...)}. */
    void execl(String path, String... args) throws OsException;

    /** {@code os.execle(path, arg0, ..., env)}: the environment comes first in Java. */
    void execle(String path, Map<String, String> env, String... args) throws OsException;

    void execlp(String file, String... args) throws OsException;

    void execlpe(String file, Map<String, String> env, String... args) throws OsException;

    /**
     * {@code os.spawnv}: starts {@code path} with {@code args} through {@code posix_spawn}. With {@link #P_NOWAIT}
     * returns the child's pid; with {@link #P_WAIT} (any other mode, as in CPython) waits and returns its exit
     * code, or minus the signal that killed it. A program that cannot be started is the {@link OsException}
     * with its errno and file name (CPython's child would exit with 127 instead).
     */
    long spawnv(int mode, String path, List<String> args) throws OsException;

    long spawnve(int mode, String path, List<String> args, Map<String, String> env) throws OsException;

    long spawnvp(int mode, String file, List<String> args) throws OsException;

    long spawnvpe(int mode, String file, List<String> args, Map<String, String> env) throws OsException;

    long spawnl(int mode, String path, String... args) throws OsException;

    long spawnle(int mode, String path, Map<String, String> env, String... args) throws OsException;

    long spawnlp(int mode, String file, String... args) throws OsException;

    long spawnlpe(int mode, String file, Map<String, String> env, String... args) throws OsException;

    /**
     * {@code os.posix_spawn(path, argv, env, ...)}: starts the program {@code path} with {@code argv} and
     * {@code env} ({@code null}: {@link #environ()}, as Python 3.13 allows) as {@code options} say, and returns
     * the child's pid, to be waited for with {@link #waitpid}. A program that cannot be started (missing, not
     * executable, a failed file action) is the {@link OsException} with its errno and {@code path}.
     *
     * @throws IllegalArgumentException (Python's ValueError) for an empty {@code argv}, an empty
     *         {@code argv[0]} or a NUL
     * @throws UnsupportedOperationException where the provider cannot start programs, or cannot do one of the
     *         {@code options} (which it names)
     */
    long posixSpawn(String path, List<String> argv, Map<String, String> env, SpawnOptions options)
            throws OsException;

    /** {@code os.posix_spawn(path, argv, env)} with no file actions and no attributes. */
    long posixSpawn(String path, List<String> argv, Map<String, String> env) throws OsException;

    /** {@code os.posix_spawnp}: {@link #posixSpawn}, looking {@code file} up in the {@code PATH} of {@code env}. */
    long posixSpawnp(String file, List<String> argv, Map<String, String> env, SpawnOptions options)
            throws OsException;

    long posixSpawnp(String file, List<String> argv, Map<String, String> env) throws OsException;

    /**
     * {@code os.popen(cmd)}: runs {@code cmd} with {@code /bin/sh -c}, its output readable as text from the
     * returned file; closing that waits for the command and tells how it ended.
     *
     * @throws IllegalArgumentException for a NUL in {@code cmd}
     */
    PopenFile popen(String cmd) throws OsException;

    /**
     * {@code os.popen(cmd, mode)}: {@code "r"} reads the command's output, {@code "w"} writes its input.
     *
     * @throws IllegalArgumentException (Python's ValueError) for any other mode
     */
    PopenFile popen(String cmd, String mode) throws OsException;

    /**
     * {@code os.popen(cmd, mode, buffering)}: the streams are buffered as Java's are, whatever {@code buffering}
     * (a positive size or -1); 0 is Python's ValueError, as there.
     */
    PopenFile popen(String cmd, String mode, int buffering) throws OsException;

    /**
     * {@code os.popen2(cmd)} (Python 2.6, removed in 3): the command's {@code (child_stdin, child_stdout)}, with
     * its standard error inherited. Closing the result waits for the command.
     */
    ChildPipes popen2(String cmd) throws OsException;

    /** {@code os.popen3(cmd)} (Python 2.6): {@code (child_stdin, child_stdout, child_stderr)}. */
    ChildPipes popen3(String cmd) throws OsException;

    /** {@code os.popen4(cmd)} (Python 2.6): {@code (child_stdin, child_stdout_and_stderr)}. */
    ChildPipes popen4(String cmd) throws OsException;

    // ---- process creation (cannot be supported in a JVM) ----

    /**
     * {@code os.fork}: always throws {@link UnsupportedOperationException}. A forked JVM is not safe to run:
     * only the calling thread survives in the child, while locks held by the other threads (JVM-internal ones,
     * the allocator's, the GC's, the JIT compiler's) stay held forever and the threads that run the GC and the
     * JIT are gone. Start a child process instead ({@link #spawnv} and the other {@code spawn*}, or
     * {@link ProcessBuilder}).
     */
    long fork();

    /**
     * {@code os.forkpty}: always throws {@link UnsupportedOperationException}, for the reason given at
     * {@link #fork()}. Its Python result is the pair (pid, fd).
     */
    long[] forkpty();

    // ---- environment (bytes) ----

    /**
     * {@code os.environb}: a live view of the same native environment as {@link #environ()}, with names and
     * values as bytes. A change through either map is seen by the other and by natively started children; a byte
     * that is not UTF-8 appears in {@link #environ()} as a lone surrogate (surrogateescape), as in Python.
     * Since {@code byte[]} compares by identity, this map looks keys (and {@code containsValue} values) up by
     * content, and hands out copies.
     */
    Map<byte[], byte[]> environb();

    /** {@code os.getenvb(key)}: the value, or {@code null}. */
    byte[] getenvb(byte[] key);

    byte[] getenvb(byte[] key, byte[] defaultValue);

    /** {@code os.supports_bytes_environ}: {@code true} on POSIX, {@code false} on Windows. */
    boolean supportsBytesEnviron();

    /** {@code os.get_exec_path()}: the directories of {@code PATH} in {@link #environ()}, split as Python does. */
    List<String> getExecPath();

    /**
     * {@code os.get_exec_path(env)}: the directories of {@code env}'s {@code PATH}, or of {@code os.defpath} if
     * it has none; empty entries are kept (they mean the working directory).
     */
    List<String> getExecPath(Map<String, String> env);

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

    /** Python's {@code grp} module, which {@code shutil.chown} and {@code tarfile} consult for group names. */
    Grp grp();

    String strerror(int errno);

    /**
     * Python's {@code errno} module: the running platform's error numbers by name ({@code errno.ENOENT} is
     * {@code os.errno().ENOENT()}), {@code errno.errorcode}, and the name of an error's errno.
     */
    Errno errno();

    UnameResult uname() throws OsException;

    /**
     * {@code os.cpu_count}: the processors online ({@code sysconf(_SC_NPROCESSORS_ONLN)} on POSIX), or empty if
     * that cannot be told. Not the processors this process may use: see {@link #schedGetaffinity}.
     */
    OptionalInt cpuCount();

    /** {@code os.getloadavg}: fails if the platform cannot tell. */
    LoadAverage getloadavg() throws OsException;

    /**
     * {@code os.sysconf(name)}, {@code name} being a key of {@link #sysconfNames()} such as
     * {@code "SC_PAGESIZE"}; -1 where the system sets no limit.
     *
     * @throws IllegalArgumentException for a name the platform does not define (Python's ValueError)
     */
    long sysconf(String name) throws OsException;

    /** {@code os.sysconf(int)}: by the platform's number. */
    long sysconf(int name) throws OsException;

    /** {@code os.sysconf_names}: the running platform's {@code sysconf} names and numbers. */
    Map<String, Integer> sysconfNames();

    /**
     * {@code os.confstr(name)}, {@code name} being a key of {@link #confstrNames()} such as {@code "CS_PATH"}:
     * the value, or {@code null} where the platform defines none.
     *
     * @throws IllegalArgumentException for a name the platform does not define
     */
    String confstr(String name) throws OsException;

    String confstr(int name) throws OsException;

    /** {@code os.confstr_names}: the running platform's {@code confstr} names and numbers. */
    Map<String, Integer> confstrNames();

    /**
     * {@code os.urandom}: {@code size} bytes from the kernel's cryptographic generator ({@code getrandom(2)} on
     * Linux, {@code getentropy} on macOS), never from a Java generator. Like Python's, it waits for the
     * kernel's generator to be seeded.
     */
    byte[] urandom(int size) throws OsException;

    /**
     * {@code os.stat_float_times}: {@code true}, since every {@link StatResult} offers float seconds (as well as
     * exact nanoseconds). Python 3.7 removed the function; here it exists for ported code.
     *
     * @deprecated times are always available as floats; use {@link StatResult#mtime()} or {@code mtimeNs()}
     */
    @Deprecated
    boolean statFloatTimes();

    /**
     * {@code os.stat_float_times(newvalue)}: accepts {@code true} only and returns the previous setting
     * ({@code true}).
     *
     * @throws UnsupportedOperationException for {@code false}: integer times in {@link StatResult} would be a
     *                                       second, lossy, view; use {@code mtimeNs()} and friends instead
     * @deprecated see {@link #statFloatTimes()}
     */
    @Deprecated
    boolean statFloatTimes(boolean newValue);

    // ---- scheduling ----

    /** {@code os.sched_yield}. */
    void schedYield() throws OsException;

    /** {@code os.sched_getaffinity}: the CPUs {@code pid} (0: the calling thread) may run on. Linux only. */
    Set<Integer> schedGetaffinity(long pid) throws OsException;

    /** {@code os.sched_setaffinity}. Linux only; with pid 0 it binds the calling thread (see {@link #nice}). */
    void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException;

    int schedGetPriorityMin(int policy) throws OsException;

    int schedGetPriorityMax(int policy) throws OsException;

    /** {@code os.sched_getscheduler}: a {@code SCHED_*} policy. Linux only. */
    int schedGetscheduler(long pid) throws OsException;

    /** {@code os.sched_setscheduler}. Linux only; with pid 0 it changes the calling thread (see {@link #nice}). */
    void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException;

    /** {@code os.sched_getparam}. Linux only. */
    SchedParam schedGetparam(long pid) throws OsException;

    /** {@code os.sched_setparam}. Linux only. */
    void schedSetparam(long pid, SchedParam param) throws OsException;

    /** {@code os.sched_rr_get_interval}: the round-robin quantum of {@code pid}, in seconds. Linux only. */
    double schedRrGetInterval(long pid) throws OsException;

    /** {@code os.SCHED_OTHER}: the default policy. The {@code SCHED_*} values differ between Linux and macOS. */
    int SCHED_OTHER();

    int SCHED_FIFO();

    int SCHED_RR();

    /** {@code os.SCHED_BATCH}: Linux only. */
    int SCHED_BATCH();

    /** {@code os.SCHED_IDLE}: Linux only. */
    int SCHED_IDLE();

    /** {@code os.SCHED_RESET_ON_FORK}: Linux only, or-ed into a policy. */
    int SCHED_RESET_ON_FORK();

    // ---- dynamic loading flags ----

    /**
     * Python's {@code sys.getdlopenflags()}, here because the provider is what calls {@code dlopen}: the
     * {@code RTLD_*} flags of the native libraries the provider loads (the POSIX provider's
     * {@code RTLD_LAZY | RTLD_GLOBAL}).
     *
     * @throws UnsupportedOperationException where the provider loads no native library (the pure-Java one)
     */
    int getdlopenflags();

    /**
     * Python's {@code sys.setdlopenflags(flags)}: the flags of the provider's later {@code dlopen} calls.
     *
     * @throws UnsupportedOperationException where the provider makes no later {@code dlopen} call for them to
     *                                       apply to (both providers bind all they need when they start)
     */
    void setdlopenflags(int flags);

    /** {@code os.RTLD_LAZY}, the {@code dlopen} flags of the running platform (Linux and macOS differ). */
    int RTLD_LAZY();

    int RTLD_NOW();

    int RTLD_GLOBAL();

    int RTLD_LOCAL();

    int RTLD_NODELETE();

    int RTLD_NOLOAD();

    /** {@code os.RTLD_DEEPBIND}: glibc only. */
    int RTLD_DEEPBIND();

    // ---- exit codes ----

    /** {@code os.EX_OK}: the {@code sysexits.h} exit codes (POSIX only; absent on Windows, as in Python). */
    int EX_OK();

    int EX_USAGE();

    int EX_DATAERR();

    int EX_NOINPUT();

    int EX_NOUSER();

    int EX_NOHOST();

    int EX_UNAVAILABLE();

    int EX_SOFTWARE();

    int EX_OSERR();

    int EX_OSFILE();

    int EX_CANTCREAT();

    int EX_IOERR();

    int EX_TEMPFAIL();

    int EX_PROTOCOL();

    int EX_NOPERM();

    int EX_CONFIG();
}
