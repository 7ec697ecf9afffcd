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
     * {@code device} is the native {@code dev_t}, its bits carried in a {@code long}.
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
