package org.osprey.os.spi;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.osprey.os.At;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Group;
import org.osprey.os.Passwd;
import org.osprey.os.LoadAverage;
import org.osprey.os.Platform;
import org.osprey.os.ResIds;
import org.osprey.os.SchedParam;
import org.osprey.os.StatResult;
import org.osprey.os.StatvfsResult;
import org.osprey.os.Supports;
import org.osprey.os.TimesResult;
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
    /** Python's {@code dir_fd=None}: the API's {@link At#NO_DIR_FD}. */
    int NO_DIR_FD = At.NO_DIR_FD;

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

    /**
     * {@link #stat}, or {@code null} where it would fail: what {@code os.path.exists} and its siblings ask, many
     * times over in tree operations. A provider should answer without building the exception it would throw.
     */
    default StatResult statOrNull(String path, int dirFd, boolean followSymlinks) {
        try {
            return stat(path, dirFd, followSymlinks);
        } catch (OsException e) {
            return null;
        }
    }

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

    /**
     * Opens a directory for {@code os.fwalk} as CPython does ({@code O_RDONLY | O_NONBLOCK}, not inheritable):
     * the descriptor belongs to the caller.
     */
    default int openDirectoryFd(String path, int dirFd) throws OsException {
        throw Unsupported.of("fwalk");
    }

    /** {@code futimens(2)}: as {@link #utime(String, long[], int, boolean)}, on an open file. */
    default void utime(int fd, long[] timesNs) throws OsException {
        throw Unsupported.of("utime", "utime on a file descriptor");
    }

    default void mknod(String path, int mode, long device, int dirFd) throws OsException {
        throw Unsupported.of("mknod");
    }

    default void chroot(String path) throws OsException {
        throw Unsupported.of("chroot");
    }

    default void lchmod(String path, int mode) throws OsException {
        throw Unsupported.of("lchmod");
    }

    default void chflags(String path, int flags, boolean followSymlinks) throws OsException {
        throw Unsupported.of("chflags");
    }

    /** The major number of a native device number; the encoding is the platform's. */
    default long major(long device) {
        throw Unsupported.of("major");
    }

    default long minor(long device) {
        throw Unsupported.of("minor");
    }

    default long makedev(int major, int minor) {
        throw Unsupported.of("makedev");
    }

    /** {@code pathconf(3)}: {@code -1} for no limit. */
    default long pathconf(String path, int name) throws OsException {
        throw Unsupported.of("pathconf");
    }

    default long fpathconf(int fd, int name) throws OsException {
        throw Unsupported.of("fpathconf");
    }

    /** The {@code pathconf} names of the running platform and their numbers. */
    default Map<String, Integer> pathconfNames() {
        return Map.of();
    }

    default StatvfsResult statvfs(String path) throws OsException {
        throw Unsupported.of("statvfs");
    }

    default StatvfsResult fstatvfs(int fd) throws OsException {
        throw Unsupported.of("fstatvfs");
    }

    default void sync() {
        throw Unsupported.of("sync");
    }

    /** {@code XATTR_CREATE}, {@code XATTR_REPLACE} and {@code XATTR_SIZE_MAX} with the platform's values. */
    default Map<String, Integer> xattrConstants() {
        return Map.of();
    }

    default byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException {
        throw Unsupported.of("getxattr");
    }

    default byte[] getxattr(int fd, String attribute) throws OsException {
        throw Unsupported.of("getxattr");
    }

    default void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException {
        throw Unsupported.of("setxattr");
    }

    default void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException {
        throw Unsupported.of("setxattr");
    }

    default List<String> listxattr(String path, boolean followSymlinks) throws OsException {
        throw Unsupported.of("listxattr");
    }

    default List<String> listxattr(int fd) throws OsException {
        throw Unsupported.of("listxattr");
    }

    default void removexattr(String path, String attribute, boolean followSymlinks) throws OsException {
        throw Unsupported.of("removexattr");
    }

    default void removexattr(int fd, String attribute) throws OsException {
        throw Unsupported.of("removexattr");
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

    /** {@code sendfile}'s {@code offset=None}: the API's {@link Os#NO_OFFSET}. */
    long NO_OFFSET = Os.NO_OFFSET;

    /** With {@code offset} {@link #NO_OFFSET} Python's {@code offset=None}: from {@code inFd}'s position. */
    default long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        throw Unsupported.of("sendfile");
    }

    /** {@code os.copy_file_range}; an offset of {@link #NO_OFFSET} is Python's {@code None}. */
    default long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException {
        throw Unsupported.of("copy_file_range");
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

    default void setgroups(long[] groups) throws OsException {
        throw Unsupported.of("setgroups");
    }

    default long[] getgrouplist(String user, long group) throws OsException {
        throw Unsupported.of("getgrouplist");
    }

    default void initgroups(String user, long group) throws OsException {
        throw Unsupported.of("initgroups");
    }

    default String getlogin() throws OsException {
        throw Unsupported.of("getlogin");
    }

    default long getpgid(long pid) throws OsException {
        throw Unsupported.of("getpgid");
    }

    default long getpgrp() {
        throw Unsupported.of("getpgrp");
    }

    default void setpgid(long pid, long pgrp) throws OsException {
        throw Unsupported.of("setpgid");
    }

    default long getsid(long pid) throws OsException {
        throw Unsupported.of("getsid");
    }

    default void setsid() throws OsException {
        throw Unsupported.of("setsid");
    }

    default long tcgetpgrp(int fd) throws OsException {
        throw Unsupported.of("tcgetpgrp");
    }

    default void tcsetpgrp(int fd, long pgrp) throws OsException {
        throw Unsupported.of("tcsetpgrp");
    }

    default int getpriority(int which, long who) throws OsException {
        throw Unsupported.of("getpriority");
    }

    default void setpriority(int which, long who, int priority) throws OsException {
        throw Unsupported.of("setpriority");
    }

    /** The real, effective and saved user ids. */
    default ResIds getresuid() throws OsException {
        throw Unsupported.of("getresuid");
    }

    default ResIds getresgid() throws OsException {
        throw Unsupported.of("getresgid");
    }

    /** An id of -1 leaves that id unchanged, here and in the other two- and three-id setters. */
    default void setresuid(long ruid, long euid, long suid) throws OsException {
        throw Unsupported.of("setresuid");
    }

    default void setresgid(long rgid, long egid, long sgid) throws OsException {
        throw Unsupported.of("setresgid");
    }

    default void setuid(long uid) throws OsException {
        throw Unsupported.of("setuid");
    }

    default void seteuid(long euid) throws OsException {
        throw Unsupported.of("seteuid");
    }

    default void setgid(long gid) throws OsException {
        throw Unsupported.of("setgid");
    }

    default void setegid(long egid) throws OsException {
        throw Unsupported.of("setegid");
    }

    default void setreuid(long ruid, long euid) throws OsException {
        throw Unsupported.of("setreuid");
    }

    default void setregid(long rgid, long egid) throws OsException {
        throw Unsupported.of("setregid");
    }

    default String ctermid() {
        throw Unsupported.of("ctermid");
    }

    default int nice(int increment) throws OsException {
        throw Unsupported.of("nice");
    }

    default TimesResult times() throws OsException {
        throw Unsupported.of("times");
    }

    /**
     * The platform's values of the {@code PRIO_*}, {@code SCHED_*}, {@code RTLD_*} and {@code EX_*} constants, by
     * Python name; a constant the platform lacks is absent.
     */
    default Map<String, Integer> processConstants() {
        return Map.of();
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

    /** {@code getgrgid(3)}: the entry, or {@code null} if there is none. */
    default Group getgrgid(long gid) throws OsException {
        throw Unsupported.of("grp.getgrgid");
    }

    /** {@code getgrnam(3)}: the entry, or {@code null} if there is none. */
    default Group getgrnam(String name) throws OsException {
        throw Unsupported.of("grp.getgrnam");
    }

    // ---- system ----

    /** The OS's message for an errno, Python's {@code os.strerror}. */
    String strerror(int errno);

    /**
     * The platform's errno values by Python name ({@code "ENOENT"}), each name Python's {@code errno} module has
     * there; {@link org.osprey.os.Errno} keeps the names Python knows.
     */
    default Map<String, Integer> errnoConstants() {
        return Map.of();
    }

    UnameResult uname() throws OsException;

    /** The processors online, or -1 if that cannot be told. */
    default int cpuCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The value of {@code sysconf(3)}; -1 (with no error) where the system sets no limit. */
    default long sysconf(int name) throws OsException {
        throw Unsupported.of("sysconf");
    }

    /** Names without the leading underscore, as in Python: {@code "SC_PAGESIZE"}. */
    default Map<String, Integer> sysconfNames() {
        return Map.of();
    }

    /** The value of {@code confstr(3)}, or {@code null} where the name has none. */
    default String confstr(int name) throws OsException {
        throw Unsupported.of("confstr");
    }

    default Map<String, Integer> confstrNames() {
        return Map.of();
    }

    /** The 1-, 5- and 15-minute load averages. */
    default LoadAverage getloadavg() throws OsException {
        throw Unsupported.of("getloadavg");
    }

    /** Fills {@code buffer} from the OS's cryptographic random generator. */
    default void urandom(byte[] buffer) throws OsException {
        throw Unsupported.of("urandom");
    }

    default void schedYield() throws OsException {
        throw Unsupported.of("sched_yield");
    }

    default Set<Integer> schedGetaffinity(long pid) throws OsException {
        throw Unsupported.of("sched_getaffinity");
    }

    default void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException {
        throw Unsupported.of("sched_setaffinity");
    }

    default int schedGetPriorityMin(int policy) throws OsException {
        throw Unsupported.of("sched_get_priority_min");
    }

    default int schedGetPriorityMax(int policy) throws OsException {
        throw Unsupported.of("sched_get_priority_max");
    }

    default int schedGetscheduler(long pid) throws OsException {
        throw Unsupported.of("sched_getscheduler");
    }

    default void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException {
        throw Unsupported.of("sched_setscheduler");
    }

    default SchedParam schedGetparam(long pid) throws OsException {
        throw Unsupported.of("sched_getparam");
    }

    default void schedSetparam(long pid, SchedParam param) throws OsException {
        throw Unsupported.of("sched_setparam");
    }

    /** In seconds. */
    default double schedRrGetInterval(long pid) throws OsException {
        throw Unsupported.of("sched_rr_get_interval");
    }
}
