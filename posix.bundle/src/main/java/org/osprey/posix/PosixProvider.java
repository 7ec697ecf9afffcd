package org.osprey.posix;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import aQute.bnd.annotation.Resolution;
import aQute.bnd.annotation.spi.ServiceProvider;
import jnr.constants.platform.Errno;
import jnr.ffi.Pointer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;
import org.osprey.os.Platform;
import org.osprey.os.StatResult;
import org.osprey.os.Supports;
import org.osprey.os.UnameResult;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.PasswdLayout;
import org.osprey.posix.dir.DirStreams;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.memory.NativeBuffer;
import org.osprey.posix.memory.Scratch;
import org.osprey.posix.natives.LibC;
import org.osprey.posix.natives.Natives;
import org.osprey.posix.path.PathCodec;

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
    private static final Set<String> DIR_FD = Set.of("access", "chmod", "link", "mkdir", "open", "readlink", "rename",
            "rmdir", "stat", "symlink", "unlink");
    private static final Set<String> FD = Set.of("chdir", "chmod", "listdir", "scandir", "stat");
    private static final Set<String> EFFECTIVE_IDS = Set.of("access");
    /** Linux has no {@code lchmod}: chmod cannot leave a symlink's target alone there. */
    private static final Supports LINUX = new Supports(DIR_FD, FD, Set.of("access", "link", "stat"), EFFECTIVE_IDS);
    private static final Supports DARWIN = new Supports(DIR_FD, FD, Set.of("access", "chmod", "link", "stat"),
            EFFECTIVE_IDS);

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
        Loaded n = n();
        Scratch s = Scratch.get();
        NativeBuffer out = s.out();
        int flags = followSymlinks ? 0 : n.abi.atSymlinkNofollow();
        if (n.libc.fstatat(n.at(dirFd), PathCodec.encode(path, s.path()), out.pointer(), flags) != 0) {
            throw n.errors.last(path);
        }
        return n.abi.stat().read(out.bytes());
    }

    @Override
    public StatResult fstat(int fd) throws OsException {
        Loaded n = n();
        NativeBuffer out = Scratch.get().out();
        if (n.libc.fstat(fd, out.pointer()) != 0) {
            throw n.errors.last(null);
        }
        return n.abi.stat().read(out.bytes());
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
        if (n.natives.posix().fchmod(fd, mode) != 0) {
            throw n.errors.last(null);
        }
    }

    // ---- file descriptors ----

    /** Like Python's, the descriptor is not inherited by child processes ({@code O_CLOEXEC}). */
    @Override
    public int open(String path, int flags, int mode, int dirFd) throws OsException {
        Loaded n = n();
        int fd = n.libc.openat(n.at(dirFd), PathCodec.encode(path, Scratch.get().path()), flags | n.abi.oCloexec(),
                mode);
        if (fd < 0) {
            throw n.errors.last(path);
        }
        return fd;
    }

    @Override
    public void close(int fd) throws OsException {
        Loaded n = n();
        if (n.libc.close(fd) != 0) {
            throw n.errors.last(null);
        }
    }

    // ---- process parameters ----

    @Override
    public int umask(int mask) {
        return n().natives.posix().umask(mask);
    }

    @Override
    public long getpid() {
        return n().natives.posix().getpid();
    }

    @Override
    public long getppid() {
        return n().natives.posix().getppid();
    }

    @Override
    public long getuid() {
        return Integer.toUnsignedLong(n().natives.posix().getuid());
    }

    @Override
    public long geteuid() {
        return Integer.toUnsignedLong(n().natives.posix().geteuid());
    }

    @Override
    public long getgid() {
        return Integer.toUnsignedLong(n().natives.posix().getgid());
    }

    @Override
    public long getegid() {
        return Integer.toUnsignedLong(n().natives.posix().getegid());
    }

    @Override
    public long[] getgroups() {
        return n().natives.posix().getgroups();
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
        return passwd(n, (pwd, buf, size, result) -> n.libc.getpwuid_r((int) uid, pwd, buf, size, result));
    }

    @Override
    public Passwd getpwnam(String name) throws OsException {
        Loaded n = n();
        Pointer encoded = PathCodec.encode(name, Scratch.get().path());
        return passwd(n, (pwd, buf, size, result) -> n.libc.getpwnam_r(encoded, pwd, buf, size, result));
    }

    /** A reentrant {@code getpw*_r} call: returns an error number, fills {@code pwd} and sets {@code *result}. */
    private interface PasswdLookup {
        int call(Pointer pwd, Pointer buf, long size, Pointer result);
    }

    /** The out buffer holds the struct, then the result pointer, then the strings. */
    private static Passwd passwd(Loaded n, PasswdLookup lookup) throws OsException {
        NativeBuffer out = Scratch.get().out();
        int result = n.abi.passwd().size();
        int strings = result + Long.BYTES;
        while (true) {
            Pointer base = out.pointer();
            int rc = lookup.call(base, base.slice(strings), out.capacity() - strings, base.slice(result));
            if (rc == Errno.ERANGE.intValue()) {
                out.grow();
                continue;
            }
            if (rc == 0 && out.bytes().getLong(result) != 0) {
                return readPasswd(n, out);
            }
            if (rc == 0 || isNotFound(rc)) {
                return null;
            }
            throw n.errors.of(rc, null, null);
        }
    }

    /** The codes that POSIX lets {@code getpw*_r} use for "no such entry". */
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
    public String toString() {
        return id() + (isUsable() ? "" : " (unusable: " + NativeSide.STATE + ")");
    }
}
