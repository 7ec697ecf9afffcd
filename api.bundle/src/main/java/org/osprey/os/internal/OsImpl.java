package org.osprey.os.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.At;
import org.osprey.os.FdChannel;
import org.osprey.os.FdConstants;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;
import org.osprey.os.Pipe;
import org.osprey.os.Platform;
import org.osprey.os.Pty;
import org.osprey.os.Pwd;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;
import org.osprey.os.Supports;
import org.osprey.os.TerminalSize;
import org.osprey.os.UnameResult;
import org.osprey.os.WalkEntry;
import org.osprey.os.WalkOptions;
import org.osprey.os.path.NtPath;
import org.osprey.os.path.OsPath;
import org.osprey.os.path.PosixPath;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.OsProvider;

/**
 * The {@code os} module over one provider: argument checks, and everything built from several native calls.
 * In OSGi it is the {@code Os} service, bound to the highest-ranked provider and re-created when that changes.
 */
@Component(service = Os.class)
public final class OsImpl implements Os {
    private final OsProvider provider;
    private final Platform platform;
    private final OsPath path;
    private final Environ environ;
    private final Pwd pwd;
    /** Read from the provider on first use. */
    private volatile FdConstants fdConstants;

    @Activate
    public OsImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) OsProvider provider) {
        this.provider = provider;
        this.platform = provider.platform();
        this.path = "nt".equals(platform.name()) ? new NtPath(this) : new PosixPath(this);
        this.environ = new Environ(provider);
        this.pwd = new Pwd() {
            @Override
            public Optional<Passwd> getpwuid(long uid) throws OsException {
                return Optional.ofNullable(provider.getpwuid(uid));
            }

            @Override
            public Optional<Passwd> getpwnam(String name) throws OsException {
                return Optional.ofNullable(provider.getpwnam(Args.path("getpwnam", name)));
            }
        };
    }

    OsProvider provider() {
        return provider;
    }

    @Override
    public String providerId() {
        return provider.id();
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public OsPath path() {
        return path;
    }

    @Override
    public Supports supports() {
        return provider.supports();
    }

    @Override
    public byte[] fsencode(String filename) {
        return FsCodec.encode(filename);
    }

    @Override
    public String fsdecode(byte[] filename) {
        return FsCodec.decode(filename);
    }

    // ---- working directory ----

    @Override
    public String getcwd() throws OsException {
        return provider.getcwd();
    }

    @Override
    public byte[] getcwdb() throws OsException {
        return fsencode(provider.getcwd());
    }

    @Override
    public void chdir(String path) throws OsException {
        provider.chdir(Args.path("chdir", path));
    }

    // ---- directories ----

    @Override
    public List<String> listdir() throws OsException {
        return listdir(".");
    }

    @Override
    public List<String> listdir(String path) throws OsException {
        try (DirStream d = provider.opendir(Args.path("listdir", path))) {
            return names(d);
        }
    }

    @Override
    public List<byte[]> listdir(byte[] path) throws OsException {
        List<String> names = listdir(fsdecode(path));
        List<byte[]> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(fsencode(n));
        }
        return out;
    }

    @Override
    public List<String> listdir(int fd) throws OsException {
        try (DirStream d = provider.opendir(fd)) {
            return names(d);
        }
    }

    private static List<String> names(DirStream d) throws OsException {
        List<String> names = new ArrayList<>();
        while (d.next()) {
            names.add(d.name());
        }
        return names;
    }

    @Override
    public ScandirIterator scandir() throws OsException {
        return scandir(".");
    }

    @Override
    public ScandirIterator scandir(String path) throws OsException {
        return new Scandir(provider, provider.opendir(Args.path("scandir", path)), path, OsProvider.NO_DIR_FD);
    }

    @Override
    public ScandirIterator scandir(int fd) throws OsException {
        return new Scandir(provider, provider.opendir(fd), null, fd);
    }

    @Override
    public void mkdir(String path) throws OsException {
        mkdir(path, 0777, At.DEFAULT);
    }

    @Override
    public void mkdir(String path, int mode) throws OsException {
        mkdir(path, mode, At.DEFAULT);
    }

    @Override
    public void mkdir(String path, int mode, At at) throws OsException {
        provider.mkdir(Args.path("mkdir", path), mode, at.dirFd());
    }

    @Override
    public void makedirs(String path) throws OsException {
        makedirs(path, 0777, false);
    }

    @Override
    public void makedirs(String name, int mode, boolean existOk) throws OsException {
        Args.path("makedirs", name);
        var ht = this.path.split(name);
        String head = ht.head();
        String tail = ht.tail();
        if (tail.isEmpty()) {
            ht = this.path.split(head);
            head = ht.head();
            tail = ht.tail();
        }
        if (!head.isEmpty() && !tail.isEmpty() && !this.path.exists(head)) {
            try {
                makedirs(head, 0777, existOk);
            } catch (FileExistsOsException e) {
                // a concurrent creator won the race: fine
            }
            if (tail.equals(platform.curdir())) {
                return;
            }
        }
        try {
            mkdir(name, mode);
        } catch (OsException e) {
            if (!existOk || !this.path.isdir(name)) {
                throw e;
            }
        }
    }

    @Override
    public void rmdir(String path) throws OsException {
        rmdir(path, At.DEFAULT);
    }

    @Override
    public void rmdir(String path, At at) throws OsException {
        provider.rmdir(Args.path("rmdir", path), at.dirFd());
    }

    @Override
    public Iterable<WalkEntry> walk(String top) {
        return walk(top, WalkOptions.DEFAULT);
    }

    @Override
    public Iterable<WalkEntry> walk(String top, WalkOptions options) {
        Args.path("walk", top);
        return () -> new Walker(this, top, options);
    }

    // ---- files ----

    @Override
    public StatResult stat(String path) throws OsException {
        return provider.stat(Args.path("stat", path), OsProvider.NO_DIR_FD, true);
    }

    @Override
    public StatResult stat(String path, At at) throws OsException {
        return provider.stat(Args.path("stat", path), at.dirFd(), at.followSymlinks());
    }

    @Override
    public StatResult stat(int fd) throws OsException {
        return provider.fstat(fd);
    }

    @Override
    public StatResult lstat(String path) throws OsException {
        return provider.stat(Args.path("lstat", path), OsProvider.NO_DIR_FD, false);
    }

    @Override
    public StatResult lstat(String path, At at) throws OsException {
        return provider.stat(Args.path("lstat", path), at.dirFd(), false);
    }

    @Override
    public StatResult fstat(int fd) throws OsException {
        return provider.fstat(fd);
    }

    @Override
    public void remove(String path) throws OsException {
        remove(path, At.DEFAULT);
    }

    @Override
    public void remove(String path, At at) throws OsException {
        provider.unlink(Args.path("remove", path), at.dirFd());
    }

    @Override
    public void unlink(String path) throws OsException {
        unlink(path, At.DEFAULT);
    }

    @Override
    public void unlink(String path, At at) throws OsException {
        provider.unlink(Args.path("unlink", path), at.dirFd());
    }

    @Override
    public void rename(String src, String dst) throws OsException {
        rename(src, dst, OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD);
    }

    @Override
    public void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        provider.rename(Args.path("rename", src), Args.path("rename", dst), srcDirFd, dstDirFd);
    }

    @Override
    public void replace(String src, String dst) throws OsException {
        replace(src, dst, OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD);
    }

    @Override
    public void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        provider.replace(Args.path("replace", src), Args.path("replace", dst), srcDirFd, dstDirFd);
    }

    @Override
    public void symlink(String src, String dst) throws OsException {
        symlink(src, dst, false, At.DEFAULT);
    }

    @Override
    public void symlink(String src, String dst, boolean targetIsDirectory) throws OsException {
        symlink(src, dst, targetIsDirectory, At.DEFAULT);
    }

    @Override
    public void symlink(String src, String dst, boolean targetIsDirectory, At at) throws OsException {
        provider.symlink(Args.path("symlink", src), Args.path("symlink", dst), targetIsDirectory, at.dirFd());
    }

    @Override
    public String readlink(String path) throws OsException {
        return readlink(path, At.DEFAULT);
    }

    @Override
    public String readlink(String path, At at) throws OsException {
        return provider.readlink(Args.path("readlink", path), at.dirFd());
    }

    @Override
    public void link(String src, String dst) throws OsException {
        link(src, dst, OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD, true);
    }

    @Override
    public void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks)
            throws OsException {
        provider.link(Args.path("link", src), Args.path("link", dst), srcDirFd, dstDirFd, followSymlinks);
    }

    @Override
    public void chmod(String path, int mode) throws OsException {
        chmod(path, mode, At.DEFAULT);
    }

    @Override
    public void chmod(String path, int mode, At at) throws OsException {
        provider.chmod(Args.path("chmod", path), mode, at.dirFd(), at.followSymlinks());
    }

    @Override
    public boolean access(String path, int mode) {
        return access(path, mode, At.DEFAULT, false);
    }

    @Override
    public boolean access(String path, int mode, At at, boolean effectiveIds) {
        return provider.access(Args.path("access", path), mode, at.dirFd(), effectiveIds, at.followSymlinks());
    }

    // ---- file descriptors ----

    @Override
    public FdConstants fdConstants() {
        FdConstants c = fdConstants;
        if (c == null) {
            fdConstants = c = new FdConstants(provider.fdConstants());
        }
        return c;
    }

    @Override
    public int open(String path, int flags) throws OsException {
        return open(path, flags, 0777, At.DEFAULT);
    }

    @Override
    public int open(String path, int flags, int mode) throws OsException {
        return open(path, flags, mode, At.DEFAULT);
    }

    @Override
    public int open(String path, int flags, int mode, At at) throws OsException {
        if (!at.followSymlinks()) {
            throw new IllegalArgumentException("open: no follow_symlinks argument; use O_NOFOLLOW");
        }
        return provider.open(Args.path("open", path), flags, mode, at.dirFd());
    }

    @Override
    public void close(int fd) throws OsException {
        provider.close(fd);
    }

    @Override
    public void closerange(int low, int high) {
        provider.closerange(low, high);
    }

    @Override
    public byte[] read(int fd, int n) throws OsException {
        byte[] buffer = new byte[Args.count("read", n)];
        int got = n == 0 ? 0 : provider.read(fd, ByteBuffer.wrap(buffer));
        return got == n ? buffer : Arrays.copyOf(buffer, got);
    }

    @Override
    public int read(int fd, byte[] buffer) throws OsException {
        return provider.read(fd, ByteBuffer.wrap(buffer));
    }

    @Override
    public int read(int fd, byte[] buffer, int offset, int length) throws OsException {
        return provider.read(fd, ByteBuffer.wrap(buffer, offset, length));
    }

    @Override
    public int read(int fd, ByteBuffer buffer) throws OsException {
        if (buffer.isReadOnly()) {
            throw new IllegalArgumentException("read: read-only buffer");
        }
        return provider.read(fd, buffer);
    }

    @Override
    public int write(int fd, byte[] data) throws OsException {
        return provider.write(fd, ByteBuffer.wrap(data));
    }

    @Override
    public int write(int fd, byte[] data, int offset, int length) throws OsException {
        return provider.write(fd, ByteBuffer.wrap(data, offset, length));
    }

    @Override
    public int write(int fd, ByteBuffer data) throws OsException {
        return provider.write(fd, data);
    }

    @Override
    public byte[] pread(int fd, int n, long offset) throws OsException {
        byte[] buffer = new byte[Args.count("pread", n)];
        int got = n == 0 ? 0 : provider.pread(fd, ByteBuffer.wrap(buffer), offset);
        return got == n ? buffer : Arrays.copyOf(buffer, got);
    }

    @Override
    public int pread(int fd, byte[] buffer, int bufferOffset, int length, long offset) throws OsException {
        return provider.pread(fd, ByteBuffer.wrap(buffer, bufferOffset, length), offset);
    }

    @Override
    public int pread(int fd, ByteBuffer buffer, long offset) throws OsException {
        if (buffer.isReadOnly()) {
            throw new IllegalArgumentException("pread: read-only buffer");
        }
        return provider.pread(fd, buffer, offset);
    }

    @Override
    public int pwrite(int fd, byte[] data, long offset) throws OsException {
        return provider.pwrite(fd, ByteBuffer.wrap(data), offset);
    }

    @Override
    public int pwrite(int fd, byte[] data, int dataOffset, int length, long offset) throws OsException {
        return provider.pwrite(fd, ByteBuffer.wrap(data, dataOffset, length), offset);
    }

    @Override
    public int pwrite(int fd, ByteBuffer data, long offset) throws OsException {
        return provider.pwrite(fd, data, offset);
    }

    @Override
    public long readv(int fd, ByteBuffer... buffers) throws OsException {
        for (ByteBuffer b : buffers) {
            if (b.isReadOnly()) {
                throw new IllegalArgumentException("readv: read-only buffer");
            }
        }
        return provider.readv(fd, buffers.clone());
    }

    @Override
    public long readv(int fd, byte[]... buffers) throws OsException {
        return provider.readv(fd, wrap(buffers));
    }

    @Override
    public long writev(int fd, ByteBuffer... buffers) throws OsException {
        return provider.writev(fd, buffers.clone());
    }

    @Override
    public long writev(int fd, byte[]... buffers) throws OsException {
        return provider.writev(fd, wrap(buffers));
    }

    private static ByteBuffer[] wrap(byte[][] arrays) {
        ByteBuffer[] buffers = new ByteBuffer[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            buffers[i] = ByteBuffer.wrap(arrays[i]);
        }
        return buffers;
    }

    @Override
    public long lseek(int fd, long position, int how) throws OsException {
        return provider.lseek(fd, position, how);
    }

    @Override
    public int dup(int fd) throws OsException {
        return provider.dup(fd);
    }

    @Override
    public int dup2(int fd, int fd2) throws OsException {
        return provider.dup2(fd, fd2, true);
    }

    @Override
    public int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        return provider.dup2(fd, fd2, inheritable);
    }

    @Override
    public Pipe pipe() throws OsException {
        int[] fds = provider.pipe();
        return new Pipe(fds[0], fds[1]);
    }

    @Override
    public Pipe pipe2(int flags) throws OsException {
        int[] fds = provider.pipe2(flags);
        return new Pipe(fds[0], fds[1]);
    }

    @Override
    public void fsync(int fd) throws OsException {
        provider.fsync(fd);
    }

    @Override
    public void fdatasync(int fd) throws OsException {
        provider.fdatasync(fd);
    }

    @Override
    public void ftruncate(int fd, long length) throws OsException {
        provider.ftruncate(fd, length);
    }

    @Override
    public void truncate(String path, long length) throws OsException {
        provider.truncate(Args.path("truncate", path), length);
    }

    @Override
    public void truncate(int fd, long length) throws OsException {
        provider.ftruncate(fd, length);
    }

    @Override
    public void posixFallocate(int fd, long offset, long length) throws OsException {
        provider.posixFallocate(fd, offset, length);
    }

    @Override
    public void posixFadvise(int fd, long offset, long length, int advice) throws OsException {
        provider.posixFadvise(fd, offset, length, advice);
    }

    @Override
    public long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        if (offset < 0) {
            throw new IllegalArgumentException("sendfile: negative offset " + offset);
        }
        return provider.sendfile(outFd, inFd, offset, Args.count("sendfile", count));
    }

    @Override
    public long sendfile(int outFd, int inFd, long count) throws OsException {
        return provider.sendfile(outFd, inFd, OsProvider.NO_OFFSET, Args.count("sendfile", count));
    }

    @Override
    public void lockf(int fd, int cmd, long length) throws OsException {
        provider.lockf(fd, cmd, length);
    }

    @Override
    public boolean getBlocking(int fd) throws OsException {
        return provider.getBlocking(fd);
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws OsException {
        provider.setBlocking(fd, blocking);
    }

    @Override
    public boolean getInheritable(int fd) throws OsException {
        return provider.getInheritable(fd);
    }

    @Override
    public void setInheritable(int fd, boolean inheritable) throws OsException {
        provider.setInheritable(fd, inheritable);
    }

    @Override
    public boolean isatty(int fd) {
        return provider.isatty(fd);
    }

    @Override
    public String ttyname(int fd) throws OsException {
        return provider.ttyname(fd);
    }

    @Override
    public Pty openpty() throws OsException {
        int[] fds = provider.openpty();
        return new Pty(fds[0], fds[1]);
    }

    @Override
    public Optional<String> deviceEncoding(int fd) {
        return provider.isatty(fd) ? Optional.of(System.getProperty("native.encoding", "UTF-8")) : Optional.empty();
    }

    @Override
    public TerminalSize getTerminalSize() throws OsException {
        return getTerminalSize(1);
    }

    @Override
    public TerminalSize getTerminalSize(int fd) throws OsException {
        int[] size = provider.terminalSize(fd);
        return new TerminalSize(size[0], size[1]);
    }

    @Override
    public FdChannel fdopen(int fd) {
        return FdChannel.of(this, fd, true);
    }

    @Override
    public FdChannel fdopen(int fd, boolean closefd) {
        return FdChannel.of(this, fd, closefd);
    }

    // ---- process parameters ----

    @Override
    public int umask(int mask) {
        return provider.umask(mask);
    }

    @Override
    public long getpid() {
        return provider.getpid();
    }

    @Override
    public long getppid() {
        return provider.getppid();
    }

    @Override
    public long getuid() {
        return provider.getuid();
    }

    @Override
    public long geteuid() {
        return provider.geteuid();
    }

    @Override
    public long getgid() {
        return provider.getgid();
    }

    @Override
    public long getegid() {
        return provider.getegid();
    }

    // ---- environment ----

    @Override
    public Map<String, String> environ() {
        return environ;
    }

    @Override
    public String getenv(String key) {
        return environ.get(key);
    }

    @Override
    public String getenv(String key, String defaultValue) {
        String v = environ.get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public void putenv(String key, String value) throws OsException {
        provider.putenv(Args.envKey(key), Args.envValue(value));
    }

    @Override
    public void unsetenv(String key) throws OsException {
        provider.unsetenv(Args.envKey(key));
    }

    // ---- system ----

    @Override
    public Pwd pwd() {
        return pwd;
    }

    @Override
    public String strerror(int errno) {
        return provider.strerror(errno);
    }

    @Override
    public UnameResult uname() throws OsException {
        return provider.uname();
    }

    @Override
    public String toString() {
        return "os[" + provider.id() + "]";
    }
}
