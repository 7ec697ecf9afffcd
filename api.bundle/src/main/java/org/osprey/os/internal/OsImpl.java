package org.osprey.os.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.At;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Passwd;
import org.osprey.os.Platform;
import org.osprey.os.Pwd;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;
import org.osprey.os.Supports;
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
