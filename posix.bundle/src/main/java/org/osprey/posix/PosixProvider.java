package org.osprey.posix;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceProvider;
import jnr.constants.platform.Errno;
import jnr.ffi.Pointer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osprey.os.LoadAverage;
import org.osprey.os.OsException;
import org.osprey.os.Group;
import org.osprey.os.Passwd;
import org.osprey.os.Platform;
import org.osprey.os.ResIds;
import org.osprey.os.SchedParam;
import org.osprey.os.StatResult;
import org.osprey.os.StatvfsResult;
import org.osprey.os.Supports;
import org.osprey.os.TimesResult;
import org.osprey.os.UnameResult;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.ConfNames;
import org.osprey.posix.abi.ErrnoConstants;
import org.osprey.posix.abi.ProcConstants;
import org.osprey.posix.abi.GroupLayout;
import org.osprey.posix.abi.PasswdLayout;
import org.osprey.posix.dir.DirStreams;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.fd.FdOps;
import org.osprey.posix.files.FileOps;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;
import org.osprey.posix.proc.Credentials;
import org.osprey.posix.proc.ProcSide;
import org.osprey.posix.proc.Scheduling;
import org.osprey.posix.proc.Sessions;
import org.osprey.posix.proc.SystemInfo;
import org.osprey.posix.proc.Urandom;

/**
 * Python's {@code os} on Linux and macOS: each operation is one native call, mostly an {@code *at} call, on
 * paths encoded into per-thread native buffers; a failure becomes an {@link OsException} through the one
 * {@link ErrnoTranslator}. The native side loads on first use; where it cannot, the provider is not
 * {@link #isUsable() usable} and says why.
 */
@Component(service = OsProvider.class, property = "service.ranking:Integer=" + OsProvider.RANK_NATIVE)
// In a framework DS registers the service, so the ServiceLoader mediator (SPI Fly) is optional there.
@ServiceProvider(value = OsProvider.class, resolution = Resolution.OPTIONAL)
public final class PosixProvider implements OsProvider {
    private static final Set<String> DIR_FD = Set.of("access", "chmod", "chown", "link", "mkdir", "open",
            "readlink", "rename", "rmdir", "stat", "symlink", "unlink", "utime");
    /** Bound on Linux only: macOS has had them only since 13. */
    private static final Set<String> LINUX_DIR_FD = union(DIR_FD, Set.of("mkfifo", "mknod"));
    private static final Set<String> FD = Set.of("chdir", "chmod", "chown", "listdir", "pathconf", "scandir", "stat",
            "statvfs", "truncate", "utime");
    private static final Set<String> EFFECTIVE_IDS = Set.of("access");
    /** Linux has no {@code lchmod}: chmod cannot leave a symlink's target alone there. */
    private static final Supports LINUX = new Supports(LINUX_DIR_FD, FD, Set.of("access", "chown", "link", "stat",
            "utime"), EFFECTIVE_IDS);
    private static final Supports DARWIN = new Supports(DIR_FD, FD, Set.of("access", "chflags", "chmod", "chown",
            "link", "stat", "utime"), EFFECTIVE_IDS);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Guards the native environment, which setenv may reallocate under a reader. */
    private static final Object ENVIRON_LOCK = new Object();

    /** The native side, or why it did not load. */
    private static final class NativeSide {
        static final Object STATE = load();

        private static Object load() {
            try {
                Natives natives = Natives.load();
                ErrnoTranslator errors = new ErrnoTranslator(natives);
                return new Loaded(natives, natives.libc(), natives.abi(), errors, new DirStreams(natives, errors));
            } catch (RuntimeException | LinkageError e) {
                return "org.osprey.posix cannot serve " + System.getProperty("os.name") + "/"
                        + System.getProperty("os.arch") + ": " + e;
            }
        }
    }

    /** What the calls use once the native side is loaded. */
    private record Loaded(Natives natives, LibC libc, Abi abi, ErrnoTranslator errors, DirStreams dirs) {
        int at(int dirFd) {
            return dirFd == NO_DIR_FD ? abi.atFdcwd() : dirFd;
        }
    }

    private static Loaded n() {
        Object state = NativeSide.STATE;
        if (state instanceof Loaded loaded) {
            return loaded;
        }
        throw new IllegalStateException((String) state);
    }

    /** In OSGi, refuses to come up where the native side does not load, so that no broken service is bound. */
    @Activate
    void activate() {
        n();
    }

    // ---- identity ----

    @Override
    public String id() {
        return "posix (jnr)";
    }

    @Override
    public boolean isUsable() {
        return NativeSide.STATE instanceof Loaded;
    }

    @Override
    public int rank() {
        return RANK_NATIVE;
    }

    @Override
    public Platform platform() {
        return Platform.POSIX;
    }

    @Override
    public Supports supports() {
        return n().abi().isDarwin() ? DARWIN : LINUX;
    }

    // ---- files and directories ----

    @Override
    public StatResult stat(String path, int dirFd, boolean followSymlinks) throws OsException {
        StatResult st = statOrNull(path, dirFd, followSymlinks);
        if (st == null) {
            throw n().errors.last(path);
        }
        return st;
    }

    @Override
    public StatResult statOrNull(String path, int dirFd, boolean followSymlinks) {
        Loaded n = n();
        Scratch s = Scratch.get();
        NativeBuffer out = s.out();
        int flags = followSymlinks ? 0 : n.abi.atSymlinkNofollow();
        if (n.libc.fstatat(n.at(dirFd), PathCodec.encode(path, s.path()), out.pointer(), flags) != 0) {
            return null; // errno is still the call's: stat() turns it into the exception
        }
        return n.abi.stat().read(out.address());
    }

    @Override
    public StatResult fstat(int fd) throws OsException {
        Loaded n = n();
        NativeBuffer out = Scratch.get().out();
        if (n.libc.fstat(fd, out.pointer()) != 0) {
            throw n.errors.last(null);
        }
        return n.abi.stat().read(out.address());
    }

    @Override
    public boolean access(String path, int mode, int dirFd, boolean effectiveIds, boolean followSymlinks) {
        Loaded n = n();
        int flags = (effectiveIds ? n.abi.atEaccess() : 0) | (followSymlinks ? 0 : n.abi.atSymlinkNofollow());
        return n.libc.faccessat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), mode, flags) == 0;
    }

    @Override
    public String getcwd() throws OsException {
        Loaded n = n();
        NativeBuffer out = Scratch.get().out();
        while (n.libc.getcwd(out.pointer(), out.capacity()) == 0) {
            if (n.natives.errno() != Errno.ERANGE.intValue()) {
                throw n.errors.last(null);
            }
            out.grow();
        }
        return PathCodec.decodeCString(out.bytes(), 0);
    }

    @Override
    public void chdir(String path) throws OsException {
        Loaded n = n();
        if (n.libc.chdir(PathCodec.encode(path, Scratch.get().path())) != 0) {
            throw n.errors.last(path);
        }
    }

    @Override
    public void fchdir(int fd) throws OsException {
        Loaded n = n();
        if (n.libc.fchdir(fd) != 0) {
            throw n.errors.last(null);
        }
    }

    @Override
    public DirStream opendir(String path) throws OsException {
        return n().dirs.open(path);
    }

    @Override
    public DirStream opendir(int fd) throws OsException {
        return n().dirs.open(fd);
    }

    @Override
    public void mkdir(String path, int mode, int dirFd) throws OsException {
        Loaded n = n();
        if (n.libc.mkdirat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), mode) != 0) {
            throw n.errors.last(path);
        }
    }

    @Override
    public void rmdir(String path, int dirFd) throws OsException {
        Loaded n = n();
        if (n.libc.unlinkat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), n.abi.atRemovedir()) != 0) {
            throw n.errors.last(path);
        }
    }

    @Override
    public void unlink(String path, int dirFd) throws OsException {
        Loaded n = n();
        if (n.libc.unlinkat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), 0) != 0) {
            throw n.errors.last(path);
        }
    }

    @Override
    public void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        if (n.libc.renameat(n.at(srcDirFd), PathCodec.encode(src, s.path()), n.at(dstDirFd),
                PathCodec.encode(dst, s.path2())) != 0) {
            throw n.errors.last(src, dst);
        }
    }

    @Override
    public void symlink(String target, String linkPath, boolean targetIsDirectory, int dirFd) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        if (n.libc.symlinkat(PathCodec.encode(target, s.path()), n.at(dirFd),
                PathCodec.encode(linkPath, s.path2())) != 0) {
            throw n.errors.last(target, linkPath);
        }
    }

    @Override
    public String readlink(String path, int dirFd) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        Pointer p = PathCodec.encode(path, s.path());
        NativeBuffer out = s.out();
        while (true) {
            long length = n.libc.readlinkat(n.at(dirFd), p, out.pointer(), out.capacity());
            if (length < 0) {
                throw n.errors.last(path);
            }
            if (length < out.capacity()) {
                return PathCodec.decode(out.bytes(), 0, (int) length);
            }
            out.grow(); // the target may have been cut short
        }
    }

    @Override
    public void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        if (n.libc.linkat(n.at(srcDirFd), PathCodec.encode(src, s.path()), n.at(dstDirFd),
                PathCodec.encode(dst, s.path2()), followSymlinks ? n.abi.atSymlinkFollow() : 0) != 0) {
            throw n.errors.last(src, dst);
        }
    }

    @Override
    public void chmod(String path, int mode, int dirFd, boolean followSymlinks) throws OsException {
        Loaded n = n();
        int flags = followSymlinks ? 0 : n.abi.atSymlinkNofollow();
        if (n.libc.fchmodat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), mode, flags) != 0) {
            int errno = n.natives.errno();
            if (!followSymlinks && isNotSupported(errno)) {
                // Linux (no lchmod) on a symlink: Python raises NotImplementedError here
                throw Unsupported.of("chmod", "follow_symlinks unavailable on this platform");
            }
            throw n.errors.of(errno, path, null);
        }
    }

    private static boolean isNotSupported(int errno) {
        return errno == Errno.EOPNOTSUPP.intValue() || errno == Errno.ENOTSUP.intValue();
    }

    @Override
    public void fchmod(int fd, int mode) throws OsException {
        Loaded n = n();
        if (n.libc.fchmod(fd, mode) != 0) {
            throw n.errors.last(null);
        }
    }

    /** The calls of {@link FileOps}, bound on first use. */
    private static FileOps files() {
        Loaded n = n();
        return FileOps.of(n.natives, n.errors);
    }

    @Override
    public void chown(String path, long uid, long gid, int dirFd, boolean followSymlinks) throws OsException {
        files().chown(path, uid, gid, dirFd, followSymlinks);
    }

    @Override
    public void fchown(int fd, long uid, long gid) throws OsException {
        files().fchown(fd, uid, gid);
    }

    @Override
    public void lchmod(String path, int mode) throws OsException {
        files().lchmod(path, mode);
    }

    @Override
    public void chflags(String path, int flags, boolean followSymlinks) throws OsException {
        files().chflags(path, flags, followSymlinks);
    }

    @Override
    public void chroot(String path) throws OsException {
        files().chroot(path);
    }

    @Override
    public void mkfifo(String path, int mode, int dirFd) throws OsException {
        files().mkfifo(path, mode, dirFd);
    }

    @Override
    public void mknod(String path, int mode, long device, int dirFd) throws OsException {
        files().mknod(path, mode, device, dirFd);
    }

    @Override
    public long major(long device) {
        return files().devices().major(device);
    }

    @Override
    public long minor(long device) {
        return files().devices().minor(device);
    }

    @Override
    public long makedev(int major, int minor) {
        return files().devices().makedev(major, minor);
    }

    @Override
    public long pathconf(String path, int name) throws OsException {
        return files().pathconf(path, name);
    }

    @Override
    public long fpathconf(int fd, int name) throws OsException {
        return files().fpathconf(fd, name);
    }

    @Override
    public Map<String, Integer> pathconfNames() {
        return files().pathconfNames();
    }

    @Override
    public StatvfsResult statvfs(String path) throws OsException {
        return files().statvfs(path);
    }

    @Override
    public StatvfsResult fstatvfs(int fd) throws OsException {
        return files().fstatvfs(fd);
    }

    @Override
    public void sync() {
        files().sync();
    }

    @Override
    public void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException {
        files().utime(path, timesNs, dirFd, followSymlinks);
    }

    @Override
    public void utime(int fd, long[] timesNs) throws OsException {
        files().utime(fd, timesNs);
    }

    @Override
    public int openDirectoryFd(String path, int dirFd) throws OsException {
        return files().openDirectoryFd(path, dirFd);
    }

    @Override
    public Map<String, Integer> xattrConstants() {
        return files().xattrConstants();
    }

    @Override
    public byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException {
        return files().getxattr(path, attribute, followSymlinks);
    }

    @Override
    public byte[] getxattr(int fd, String attribute) throws OsException {
        return files().getxattr(fd, attribute);
    }

    @Override
    public void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException {
        files().setxattr(path, attribute, value, flags, followSymlinks);
    }

    @Override
    public void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException {
        files().setxattr(fd, attribute, value, flags);
    }

    @Override
    public List<String> listxattr(String path, boolean followSymlinks) throws OsException {
        return files().listxattr(path, followSymlinks);
    }

    @Override
    public List<String> listxattr(int fd) throws OsException {
        return files().listxattr(fd);
    }

    @Override
    public void removexattr(String path, String attribute, boolean followSymlinks) throws OsException {
        files().removexattr(path, attribute, followSymlinks);
    }

    @Override
    public void removexattr(int fd, String attribute) throws OsException {
        files().removexattr(fd, attribute);
    }

    // ---- file descriptors ----

    /** The descriptor calls, bound the first time one is made. */
    private static final class Fds {
        static final FdOps OPS = new FdOps(n().natives(), n().errors());
    }

    private static FdOps fds() {
        n(); // an unusable provider says why, rather than failing to initialise Fds
        return Fds.OPS;
    }

    @Override
    public Map<String, Integer> fdConstants() {
        return fds().constants();
    }

    /** Like Python's, the descriptor is not inherited by child processes ({@code O_CLOEXEC}). */
    @Override
    public int open(String path, int flags, int mode, int dirFd) throws OsException {
        return fds().open(path, flags, mode, dirFd);
    }

    @Override
    public void close(int fd) throws OsException {
        fds().close(fd);
    }

    @Override
    public void closerange(int low, int high) {
        fds().closerange(low, high);
    }

    @Override
    public int read(int fd, ByteBuffer buffer) throws OsException {
        return fds().read(fd, buffer);
    }

    @Override
    public int write(int fd, ByteBuffer buffer) throws OsException {
        return fds().write(fd, buffer);
    }

    @Override
    public int pread(int fd, ByteBuffer buffer, long offset) throws OsException {
        return fds().pread(fd, buffer, offset);
    }

    @Override
    public int pwrite(int fd, ByteBuffer buffer, long offset) throws OsException {
        return fds().pwrite(fd, buffer, offset);
    }

    @Override
    public long readv(int fd, ByteBuffer[] buffers) throws OsException {
        return fds().readv(fd, buffers);
    }

    @Override
    public long writev(int fd, ByteBuffer[] buffers) throws OsException {
        return fds().writev(fd, buffers);
    }

    @Override
    public long lseek(int fd, long position, int how) throws OsException {
        return fds().lseek(fd, position, how);
    }

    @Override
    public int dup(int fd) throws OsException {
        return fds().dup(fd);
    }

    @Override
    public int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        return fds().dup2(fd, fd2, inheritable);
    }

    @Override
    public int[] pipe() throws OsException {
        return fds().pipe();
    }

    @Override
    public int[] pipe2(int flags) throws OsException {
        return fds().pipe2(flags);
    }

    @Override
    public void fsync(int fd) throws OsException {
        fds().fsync(fd);
    }

    @Override
    public void fdatasync(int fd) throws OsException {
        fds().fdatasync(fd);
    }

    @Override
    public void ftruncate(int fd, long length) throws OsException {
        fds().ftruncate(fd, length);
    }

    @Override
    public void truncate(String path, long length) throws OsException {
        fds().truncate(path, length);
    }

    @Override
    public void posixFallocate(int fd, long offset, long length) throws OsException {
        fds().posixFallocate(fd, offset, length);
    }

    @Override
    public void posixFadvise(int fd, long offset, long length, int advice) throws OsException {
        fds().posixFadvise(fd, offset, length, advice);
    }

    @Override
    public long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        return fds().sendfile(outFd, inFd, offset, count);
    }

    @Override
    public long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException {
        return fds().copyFileRange(src, dst, count, offsetSrc, offsetDst);
    }

    @Override
    public void lockf(int fd, int cmd, long length) throws OsException {
        fds().lockf(fd, cmd, length);
    }

    @Override
    public boolean getBlocking(int fd) throws OsException {
        return fds().getBlocking(fd);
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws OsException {
        fds().setBlocking(fd, blocking);
    }

    @Override
    public boolean getInheritable(int fd) throws OsException {
        return fds().getInheritable(fd);
    }

    @Override
    public void setInheritable(int fd, boolean inheritable) throws OsException {
        fds().setInheritable(fd, inheritable);
    }

    @Override
    public boolean isatty(int fd) {
        return fds().isatty(fd);
    }

    @Override
    public String ttyname(int fd) throws OsException {
        return fds().ttyname(fd);
    }

    @Override
    public int[] openpty() throws OsException {
        return fds().openpty();
    }

    @Override
    public int[] terminalSize(int fd) throws OsException {
        return fds().terminalSize(fd);
    }

    // ---- process parameters ----

    @Override
    public int umask(int mask) {
        return n().libc.umask(mask);
    }

    @Override
    public long getpid() {
        return n().libc.getpid();
    }

    @Override
    public long getppid() {
        return n().libc.getppid();
    }

    @Override
    public long getuid() {
        return Integer.toUnsignedLong(n().libc.getuid());
    }

    @Override
    public long geteuid() {
        return Integer.toUnsignedLong(n().libc.geteuid());
    }

    @Override
    public long getgid() {
        return Integer.toUnsignedLong(n().libc.getgid());
    }

    @Override
    public long getegid() {
        return Integer.toUnsignedLong(n().libc.getegid());
    }

    @Override
    public long[] getgroups() throws OsException {
        Loaded n = n();
        int count = n.libc.getgroups(0, null);
        int[] groups = new int[Math.max(count, 0)];
        if (count < 0 || (count = n.libc.getgroups(groups.length, groups)) < 0) {
            throw n.errors.last(null);
        }
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = Integer.toUnsignedLong(groups[i]);
        }
        return out;
    }

    /** The process, system and scheduling calls, bound on first use. */
    private static ProcSide proc() {
        return ProcSide.of(n().natives(), n().errors());
    }

    @Override
    public void setgroups(long[] groups) throws OsException {
        Credentials.setgroups(proc(), groups);
    }

    @Override
    public long[] getgrouplist(String user, long group) throws OsException {
        return Credentials.getgrouplist(proc(), user, group);
    }

    @Override
    public void initgroups(String user, long group) throws OsException {
        Credentials.initgroups(proc(), user, group);
    }

    @Override
    public String getlogin() throws OsException {
        return Credentials.getlogin(proc());
    }

    @Override
    public long getpgid(long pid) throws OsException {
        return Sessions.getpgid(proc(), pid);
    }

    @Override
    public long getpgrp() {
        return Sessions.getpgrp(proc());
    }

    @Override
    public void setpgid(long pid, long pgrp) throws OsException {
        Sessions.setpgid(proc(), pid, pgrp);
    }

    @Override
    public long getsid(long pid) throws OsException {
        return Sessions.getsid(proc(), pid);
    }

    @Override
    public void setsid() throws OsException {
        Sessions.setsid(proc());
    }

    @Override
    public long tcgetpgrp(int fd) throws OsException {
        return Sessions.tcgetpgrp(proc(), fd);
    }

    @Override
    public void tcsetpgrp(int fd, long pgrp) throws OsException {
        Sessions.tcsetpgrp(proc(), fd, pgrp);
    }

    @Override
    public int getpriority(int which, long who) throws OsException {
        return Sessions.getpriority(proc(), which, who);
    }

    @Override
    public void setpriority(int which, long who, int priority) throws OsException {
        Sessions.setpriority(proc(), which, who, priority);
    }

    @Override
    public ResIds getresuid() throws OsException {
        return Credentials.getresuid(proc());
    }

    @Override
    public ResIds getresgid() throws OsException {
        return Credentials.getresgid(proc());
    }

    @Override
    public void setresuid(long ruid, long euid, long suid) throws OsException {
        Credentials.setresuid(proc(), ruid, euid, suid);
    }

    @Override
    public void setresgid(long rgid, long egid, long sgid) throws OsException {
        Credentials.setresgid(proc(), rgid, egid, sgid);
    }

    @Override
    public void setuid(long uid) throws OsException {
        Credentials.setuid(proc(), uid);
    }

    @Override
    public void seteuid(long euid) throws OsException {
        Credentials.seteuid(proc(), euid);
    }

    @Override
    public void setgid(long gid) throws OsException {
        Credentials.setgid(proc(), gid);
    }

    @Override
    public void setegid(long egid) throws OsException {
        Credentials.setegid(proc(), egid);
    }

    @Override
    public void setreuid(long ruid, long euid) throws OsException {
        Credentials.setreuid(proc(), ruid, euid);
    }

    @Override
    public void setregid(long rgid, long egid) throws OsException {
        Credentials.setregid(proc(), rgid, egid);
    }

    @Override
    public String ctermid() {
        return Sessions.ctermid(proc());
    }

    @Override
    public int nice(int increment) throws OsException {
        return Sessions.nice(proc(), increment);
    }

    @Override
    public TimesResult times() throws OsException {
        return Sessions.times(proc());
    }

    @Override
    public Map<String, Integer> processConstants() {
        return ProcConstants.of(n().abi());
    }

    @Override
    public Map<String, Integer> errnoConstants() {
        return ErrnoConstants.of(n().abi());
    }

    // ---- environment ----

    @Override
    public Map<String, String> environ() {
        Loaded n = n();
        Map<String, String> env = new LinkedHashMap<>();
        synchronized (ENVIRON_LOCK) {
            long array = n.natives.environ();
            for (long entry; array != 0 && (entry = n.natives.memory().getAddress(array)) != 0; array += Long.BYTES) {
                String pair = PathCodec.decodeCString(n.natives.memory(), entry);
                int eq = pair.indexOf('=');
                if (eq >= 0) {
                    env.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return env;
    }

    @Override
    public void putenv(String key, String value) throws OsException {
        Loaded n = n();
        Scratch s = Scratch.get();
        synchronized (ENVIRON_LOCK) {
            if (n.libc.setenv(PathCodec.encode(key, s.path()), PathCodec.encode(value, s.path2()), 1) != 0) {
                throw n.errors.last(null);
            }
        }
    }

    @Override
    public void unsetenv(String key) throws OsException {
        Loaded n = n();
        synchronized (ENVIRON_LOCK) {
            if (n.libc.unsetenv(PathCodec.encode(key, Scratch.get().path())) != 0) {
                throw n.errors.last(null);
            }
        }
    }

    // ---- user database ----

    @Override
    public Passwd getpwuid(long uid) throws OsException {
        Loaded n = n();
        return lookup(n, n.abi.passwd().size(), (pwd, buf, size, result) -> n.libc.getpwuid_r((int) uid, pwd, buf,
                size, result), PosixProvider::readPasswd);
    }

    @Override
    public Passwd getpwnam(String name) throws OsException {
        Loaded n = n();
        Pointer encoded = PathCodec.encode(name, Scratch.get().path());
        return lookup(n, n.abi.passwd().size(), (pwd, buf, size, result) -> n.libc.getpwnam_r(encoded, pwd, buf,
                size, result), PosixProvider::readPasswd);
    }

    @Override
    public Group getgrgid(long gid) throws OsException {
        Loaded n = n();
        return lookup(n, GroupLayout.SIZE, (grp, buf, size, result) -> n.libc.getgrgid_r((int) gid, grp, buf, size,
                result), PosixProvider::readGroup);
    }

    @Override
    public Group getgrnam(String name) throws OsException {
        Loaded n = n();
        Pointer encoded = PathCodec.encode(name, Scratch.get().path());
        return lookup(n, GroupLayout.SIZE, (grp, buf, size, result) -> n.libc.getgrnam_r(encoded, grp, buf, size,
                result), PosixProvider::readGroup);
    }

    /** A reentrant {@code get{pw,gr}*_r} call: returns an error number, fills the struct, sets {@code *result}. */
    private interface DatabaseLookup {
        int call(Pointer entry, Pointer buf, long size, Pointer result);
    }

    /** Reads the entry a lookup filled in at the start of the out buffer. */
    private interface EntryReader<T> {
        T read(Loaded n, NativeBuffer out);
    }

    /** The out buffer holds the struct, then the result pointer, then the strings. */
    private static <T> T lookup(Loaded n, int structSize, DatabaseLookup lookup, EntryReader<T> reader)
            throws OsException {
        NativeBuffer out = Scratch.get().out();
        int result = structSize; // the result pointer follows the struct
        int strings = result + Long.BYTES;
        while (true) {
            Pointer base = out.pointer();
            int rc = lookup.call(base, base.slice(strings), out.capacity() - strings, base.slice(result));
            if (rc == Errno.ERANGE.intValue()) {
                out.grow();
                continue;
            }
            if (rc == 0 && out.bytes().getLong(result) != 0) {
                return reader.read(n, out);
            }
            if (rc == 0 || isNotFound(rc)) {
                return null;
            }
            throw n.errors.of(rc, null, null);
        }
    }

    /** The codes that POSIX lets {@code get{pw,gr}*_r} use for "no such entry". */
    private static boolean isNotFound(int rc) {
        return rc == Errno.ENOENT.intValue() || rc == Errno.ESRCH.intValue() || rc == Errno.EBADF.intValue()
                || rc == Errno.EPERM.intValue();
    }

    private static Passwd readPasswd(Loaded n, NativeBuffer out) {
        PasswdLayout l = n.abi.passwd();
        ByteBuffer b = out.bytes();
        return new Passwd(string(n, b, l.name()), string(n, b, l.passwd()), b.getInt(l.uid()) & 0xffff_ffffL,
                b.getInt(l.gid()) & 0xffff_ffffL, string(n, b, l.gecos()), string(n, b, l.dir()),
                string(n, b, l.shell()));
    }

    private static Group readGroup(Loaded n, NativeBuffer out) {
        ByteBuffer b = out.bytes();
        List<String> members = new ArrayList<>();
        long array = b.getLong(GroupLayout.MEMBERS);
        for (long member; array != 0 && (member = n.natives.memory().getAddress(array)) != 0; array += Long.BYTES) {
            members.add(PathCodec.decodeCString(n.natives.memory(), member));
        }
        return new Group(string(n, b, GroupLayout.NAME), string(n, b, GroupLayout.PASSWD),
                b.getInt(GroupLayout.GID) & 0xffff_ffffL, members);
    }

    /** The C string that the pointer at {@code offset} points to; a null pointer reads as empty. */
    private static String string(Loaded n, ByteBuffer b, int offset) {
        long address = b.getLong(offset);
        return address == 0 ? "" : PathCodec.decodeCString(n.natives.memory(), address);
    }

    // ---- system ----

    @Override
    public String strerror(int errno) {
        return n().errors.strerror(errno);
    }

    @Override
    public UnameResult uname() throws OsException {
        Loaded n = n();
        NativeBuffer out = Scratch.get().out();
        if (n.libc.uname(out.pointer()) != 0) {
            throw n.errors.last(null);
        }
        int field = n.abi.utsnameField();
        ByteBuffer b = out.bytes();
        return new UnameResult(PathCodec.decodeCString(b, 0), PathCodec.decodeCString(b, field),
                PathCodec.decodeCString(b, 2 * field), PathCodec.decodeCString(b, 3 * field),
                PathCodec.decodeCString(b, 4 * field));
    }

    @Override
    public int cpuCount() {
        return SystemInfo.cpuCount(proc());
    }

    @Override
    public long sysconf(int name) throws OsException {
        return SystemInfo.sysconf(proc(), name);
    }

    @Override
    public Map<String, Integer> sysconfNames() {
        return ConfNames.of(n().abi()).sysconf();
    }

    @Override
    public String confstr(int name) throws OsException {
        return SystemInfo.confstr(proc(), name);
    }

    @Override
    public Map<String, Integer> confstrNames() {
        return ConfNames.of(n().abi()).confstr();
    }

    @Override
    public LoadAverage getloadavg() throws OsException {
        return SystemInfo.getloadavg(proc());
    }

    @Override
    public void urandom(byte[] buffer) throws OsException {
        Urandom.fill(proc(), buffer);
    }

    @Override
    public void schedYield() throws OsException {
        Scheduling.yield(proc());
    }

    @Override
    public Set<Integer> schedGetaffinity(long pid) throws OsException {
        return Scheduling.getaffinity(proc(), pid);
    }

    @Override
    public void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException {
        Scheduling.setaffinity(proc(), pid, cpus);
    }

    @Override
    public int schedGetPriorityMin(int policy) throws OsException {
        return Scheduling.priorityMin(proc(), policy);
    }

    @Override
    public int schedGetPriorityMax(int policy) throws OsException {
        return Scheduling.priorityMax(proc(), policy);
    }

    @Override
    public int schedGetscheduler(long pid) throws OsException {
        return Scheduling.getscheduler(proc(), pid);
    }

    @Override
    public void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException {
        Scheduling.setscheduler(proc(), pid, policy, param);
    }

    @Override
    public SchedParam schedGetparam(long pid) throws OsException {
        return Scheduling.getparam(proc(), pid);
    }

    @Override
    public void schedSetparam(long pid, SchedParam param) throws OsException {
        Scheduling.setparam(proc(), pid, param);
    }

    @Override
    public double schedRrGetInterval(long pid) throws OsException {
        return Scheduling.rrGetInterval(proc(), pid);
    }

    @Override
    public String toString() {
        return id() + (isUsable() ? "" : " (unusable: " + NativeSide.STATE + ")");
    }
}
