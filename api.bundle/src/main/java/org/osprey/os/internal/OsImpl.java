package org.osprey.os.internal;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osprey.os.At;
import org.osprey.os.CreateProcessOptions;
import org.osprey.os.DiskSpace;
import org.osprey.os.Errno;
import org.osprey.os.FdChannel;
import org.osprey.os.FdConstants;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FsyncOptions;
import org.osprey.os.FwalkIterator;
import org.osprey.os.FwalkOptions;
import org.osprey.os.Group;
import org.osprey.os.Grp;
import org.osprey.os.LoadAverage;
import org.osprey.os.MappedRegion;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.ChildPipes;
import org.osprey.os.PopenFile;
import org.osprey.os.PyRepr;
import org.osprey.os.SpawnOptions;
import org.osprey.os.Passwd;
import org.osprey.os.Pipe;
import org.osprey.os.Platform;
import org.osprey.os.ProcessInformation;
import org.osprey.os.Pty;
import org.osprey.os.Pwd;
import org.osprey.os.ResIds;
import org.osprey.os.ScandirIterator;
import org.osprey.os.SignalConstants;
import org.osprey.os.SchedParam;
import org.osprey.os.StatResult;
import org.osprey.os.StatvfsResult;
import org.osprey.os.Supports;
import org.osprey.os.TerminalSize;
import org.osprey.os.TimesResult;
import org.osprey.os.UnameResult;
import org.osprey.os.Walk;
import org.osprey.os.WalkEntry;
import org.osprey.os.WalkOptions;
import org.osprey.os.Wait4Result;
import org.osprey.os.WaitResult;
import org.osprey.os.WaitidResult;
import org.osprey.os.path.NtPath;
import org.osprey.os.path.OsPath;
import org.osprey.os.path.PosixPath;
import org.osprey.os.spi.AdvancedIo;
import org.osprey.os.spi.Descriptors;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.DirectoryDescriptors;
import org.osprey.os.spi.Environment;
import org.osprey.os.spi.Facets;
import org.osprey.os.spi.FileSystems;
import org.osprey.os.spi.Files;
import org.osprey.os.spi.MemoryMaps;
import org.osprey.os.spi.Identity;
import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Processes;
import org.osprey.os.spi.Processes.WaitMacro;
import org.osprey.os.spi.Scheduling;
import org.osprey.os.spi.Sessions;
import org.osprey.os.spi.SpecialFiles;
import org.osprey.os.spi.SystemInfo;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.UserDatabase;
import org.osprey.os.spi.UnixSockets;
import org.osprey.os.spi.Xattrs;
import org.osprey.os.spi.support.JdkPaths;

/**
 * The {@code os} module over one provider: argument checks, and everything built from several native calls.
 * In OSGi it is the {@code Os} service, bound to the highest-ranked provider and re-created when that changes: a
 * descriptor belongs to the provider that opened it, so an instance never changes provider under its callers. It is
 * immediate, as every Osprey component, so that DS does not dispose it each time {@code Os.get()} releases it while
 * a consumer is activating against it (a failed activation that trackers then never retry).
 */
@Component(service = Os.class, immediate = true)
public final class OsImpl implements Os {
    private final OsProvider provider;
    private final Files files;
    private final Descriptors fds;
    private final Environment env;
    /** The optional facets the provider has, by type. */
    private final Map<Class<?>, Object> optional;
    private final Platform platform;
    private final OsPath path;
    private final Environ environ;
    private final Pwd pwd;
    private final Grp grp;
    /** Read from the provider on first use. */
    private volatile FdConstants fdConstants;
    private volatile Errno errno;
    private volatile SignalConstants signalConstants;

    @Activate
    public OsImpl(@Reference(policyOption = ReferencePolicyOption.GREEDY) OsProvider provider) {
        this.provider = provider;
        this.files = provider.files();
        this.fds = provider.descriptors();
        this.env = provider.environment();
        Map<Class<?>, Object> has = new HashMap<>();
        for (Class<?> type : Facets.OPTIONAL) {
            Optional<?> facet = provider.facet(type);
            if (facet.isPresent()) {
                has.put(type, facet.get());
            }
        }
        this.optional = Map.copyOf(has);
        this.platform = provider.platform();
        this.path = "nt".equals(platform.name()) ? new NtPath(this) : new PosixPath(this);
        this.environ = new Environ(env, platform.environKeys());
        this.pwd = new Pwd() {
            @Override
            public Optional<Passwd> getpwuid(long uid) throws OsException {
                return Optional.ofNullable(facet(UserDatabase.class, "getpwuid").getpwuid(uid));
            }

            @Override
            public Optional<Passwd> getpwnam(String name) throws OsException {
                name = Args.path("getpwnam", "name", name);
                return Optional.ofNullable(facet(UserDatabase.class, "getpwnam").getpwnam(name));
            }
        };
        this.grp = new Grp() {
            @Override
            public Optional<Group> getgrgid(long gid) throws OsException {
                return Optional.ofNullable(facet(UserDatabase.class, "getgrgid").getgrgid(gid));
            }

            @Override
            public Optional<Group> getgrnam(String name) throws OsException {
                name = Args.path("getgrnam", "name", name);
                return Optional.ofNullable(facet(UserDatabase.class, "getgrnam").getgrnam(name));
            }
        };
    }

    Files files() {
        return files;
    }

    Descriptors descriptors() {
        return fds;
    }

    <F> Optional<F> optional(Class<F> type) {
        return Optional.ofNullable(type.cast(optional.get(type)));
    }

    /**
     * The optional facet that serves Python's {@code function}; the one place a missing facet is reported. Callers
     * check their arguments first: a NUL in a path or an id out of range is Python's ValueError or OverflowError
     * whatever the provider lacks.
     */
    <F> F facet(Class<F> type, String function) {
        Object facet = optional.get(type);
        if (facet == null) {
            throw Unsupported.of(function, provider, type);
        }
        return type.cast(facet);
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
        return platform.fsEncoding().encode(Args.nonNull("fsencode", "filename", filename));
    }

    @Override
    public String fsdecode(byte[] filename) {
        return platform.fsEncoding().decode(Args.nonNull("fsdecode", "filename", filename));
    }

    @Override
    public String fspath(Path path) {
        return JdkPaths.fspath(path);
    }

    @Override
    public Path toPath(String path) {
        return JdkPaths.toPath(Args.path("toPath", path));
    }

    // ---- working directory ----

    @Override
    public String getcwd() throws OsException {
        return files.getcwd();
    }

    @Override
    public byte[] getcwdb() throws OsException {
        return fsencode(files.getcwd());
    }

    @Override
    public void chdir(String path) throws OsException {
        files.chdir(Args.path("chdir", path));
    }

    // ---- directories ----

    @Override
    public List<String> listdir() throws OsException {
        return listdir(".");
    }

    @Override
    public List<String> listdir(String path) throws OsException {
        try (DirStream d = files.opendir(Args.path("listdir", path))) {
            return names(d);
        }
    }

    @Override
    public List<byte[]> listdir(byte[] path) throws OsException {
        List<String> names = listdir(fsdecode(Args.nonNull("listdir", "path", path)));
        List<byte[]> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(fsencode(n));
        }
        return out;
    }

    @Override
    public List<String> listdir(int fd) throws OsException {
        try (DirStream d = facet(DirectoryDescriptors.class, "listdir").opendir(fd)) {
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
        DirStream dir = files.opendir(Args.path("scandir", path));
        return new Scandir(files, platform.sep(), dir, path, OsProvider.NO_DIR_FD);
    }

    @Override
    public ScandirIterator scandir(int fd) throws OsException {
        return new Scandir(files, platform.sep(), facet(DirectoryDescriptors.class, "scandir").opendir(fd), null, fd);
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
        files.mkdir(Args.path("mkdir", path), mode, at.dirFd());
    }

    @Override
    public void makedirs(String path) throws OsException {
        makedirs(path, 0777, false);
    }

    @Override
    public void makedirs(String path, boolean existOk) throws OsException {
        makedirs(path, 0777, existOk);
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
        files.rmdir(Args.path("rmdir", path), at.dirFd());
    }

    @Override
    public Walk walk(String top) {
        return walk(top, WalkOptions.DEFAULT);
    }

    @Override
    public Walk walk(String top, WalkOptions options) {
        Args.path("walk", "top", top);
        Args.nonNull("walk", "options", options);
        return () -> new Walker(this, top, options);
    }

    @Override
    public void fchdir(int fd) throws OsException {
        facet(DirectoryDescriptors.class, "fchdir").fchdir(fd);
    }

    @Override
    public void chroot(String path) throws OsException {
        path = Args.path("chroot", path);
        facet(SpecialFiles.class, "chroot").chroot(path);
    }

    @Override
    public void removedirs(String name) throws OsException {
        rmdir(name);
        pruneEmptyParents(name);
    }

    /** The rest of {@code removedirs}: removes the parents named in {@code name}, up to the first that fails. */
    private void pruneEmptyParents(String name) {
        var ht = path.split(name);
        if (ht.tail().isEmpty()) {
            ht = path.split(ht.head());
        }
        while (!ht.head().isEmpty() && !ht.tail().isEmpty()) {
            try {
                rmdir(ht.head());
            } catch (OsException e) {
                return; // not empty, or not ours to remove: where removedirs stops, by design
            }
            ht = path.split(ht.head());
        }
    }

    @Override
    public void renames(String src, String dst) throws OsException {
        Args.path("renames", "src", src);
        var dstParts = path.split(Args.path("renames", "dst", dst));
        if (!dstParts.head().isEmpty() && !dstParts.tail().isEmpty() && !path.exists(dstParts.head())) {
            makedirs(dstParts.head());
        }
        rename(src, dst);
        var srcParts = path.split(src);
        if (!srcParts.head().isEmpty() && !srcParts.tail().isEmpty()) {
            try {
                removedirs(srcParts.head());
            } catch (OsException e) {
                // the old parent is not empty: it stays, as in Python
            }
        }
    }

    @Override
    public FwalkIterator fwalk(String top) throws OsException {
        return fwalk(top, FwalkOptions.DEFAULT);
    }

    @Override
    public FwalkIterator fwalk(String top, FwalkOptions options) throws OsException {
        return Fwalker.start(this, Args.path("fwalk", "top", top), Args.nonNull("fwalk", "options", options));
    }

    // ---- files ----

    @Override
    public StatResult stat(String path) throws OsException {
        return files.stat(Args.path("stat", path), OsProvider.NO_DIR_FD, true);
    }

    @Override
    public StatResult stat(String path, At at) throws OsException {
        return files.stat(Args.path("stat", path), at.dirFd(), at.followSymlinks());
    }

    @Override
    public Optional<StatResult> statIfExists(String path, At at) {
        return Optional.ofNullable(files.statOrNull(Args.path("stat", path), at.dirFd(), at.followSymlinks()));
    }

    @Override
    public Optional<StatResult> statIfExists(String path) {
        return statIfExists(path, At.DEFAULT);
    }

    @Override
    public StatResult stat(int fd) throws OsException {
        return fds.fstat(fd);
    }

    @Override
    public StatResult lstat(String path) throws OsException {
        return files.stat(Args.path("lstat", path), OsProvider.NO_DIR_FD, false);
    }

    @Override
    public StatResult lstat(String path, At at) throws OsException {
        return files.stat(Args.path("lstat", path), at.dirFd(), false);
    }

    @Override
    public StatResult fstat(int fd) throws OsException {
        return fds.fstat(fd);
    }

    @Override
    public void remove(String path) throws OsException {
        remove(path, At.DEFAULT);
    }

    @Override
    public void remove(String path, At at) throws OsException {
        files.unlink(Args.path("remove", path), at.dirFd());
    }

    @Override
    public void unlink(String path) throws OsException {
        unlink(path, At.DEFAULT);
    }

    @Override
    public void unlink(String path, At at) throws OsException {
        files.unlink(Args.path("unlink", path), at.dirFd());
    }

    @Override
    public void rename(String src, String dst) throws OsException {
        rename(src, dst, OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD);
    }

    @Override
    public void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        files.rename(Args.path("rename", "src", src), Args.path("rename", "dst", dst), srcDirFd, dstDirFd);
    }

    @Override
    public void replace(String src, String dst) throws OsException {
        replace(src, dst, OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD);
    }

    @Override
    public void replace(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        files.replace(Args.path("replace", "src", src), Args.path("replace", "dst", dst), srcDirFd, dstDirFd);
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
        files.symlink(Args.path("symlink", "src", src), Args.path("symlink", "dst", dst), targetIsDirectory,
                at.dirFd());
    }

    @Override
    public String getfullpathname(String path) throws OsException {
        return files.getfullpathname(Args.path("_getfullpathname", path));
    }

    @Override
    public String getvolumepathname(String path) throws OsException {
        return files.getvolumepathname(Args.path("_getvolumepathname", path));
    }

    @Override
    public String getfinalpathname(String path) throws OsException {
        return files.getfinalpathname(Args.path("_getfinalpathname", path));
    }

    @Override
    public DiskSpace getdiskusage(String path) throws OsException {
        return files.getdiskusage(Args.path("_getdiskusage", path));
    }

    @Override
    public void copyfile2(String src, String dst, int flags) throws OsException {
        files.copyfile2(Args.path("copyfile2", "src", src), Args.path("copyfile2", "dst", dst), flags);
    }

    @Override
    public String readlink(String path) throws OsException {
        return readlink(path, At.DEFAULT);
    }

    @Override
    public String readlink(String path, At at) throws OsException {
        return files.readlink(Args.path("readlink", path), at.dirFd());
    }

    @Override
    public void link(String src, String dst) throws OsException {
        link(src, dst, OsProvider.NO_DIR_FD, OsProvider.NO_DIR_FD, true);
    }

    @Override
    public void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks)
            throws OsException {
        files.link(Args.path("link", "src", src), Args.path("link", "dst", dst), srcDirFd, dstDirFd, followSymlinks);
    }

    @Override
    public void chmod(String path, int mode) throws OsException {
        chmod(path, mode, At.DEFAULT);
    }

    @Override
    public void chmod(String path, int mode, At at) throws OsException {
        files.chmod(Args.path("chmod", path), mode, at.dirFd(), at.followSymlinks());
    }

    @Override
    public boolean access(String path, int mode) {
        return access(path, mode, At.DEFAULT, false);
    }

    @Override
    public boolean access(String path, int mode, At at, boolean effectiveIds) {
        return files.access(Args.path("access", path), mode, at.dirFd(), effectiveIds, at.followSymlinks());
    }

    @Override
    public void fchmod(int fd, int mode) throws OsException {
        facet(DirectoryDescriptors.class, "fchmod").fchmod(fd, mode);
    }

    @Override
    public void lchmod(String path, int mode) throws OsException {
        path = Args.path("lchmod", path);
        facet(Identity.class, "lchmod").lchmod(path, mode);
    }

    @Override
    public void chown(String path, long uid, long gid) throws OsException {
        chown(path, uid, gid, At.DEFAULT);
    }

    @Override
    public void chown(String path, long uid, long gid, At at) throws OsException {
        facet(Identity.class, "chown")
                .chown(Args.path("chown", path), Args.id("chown", uid), Args.id("chown", gid),
                at.dirFd(), at.followSymlinks());
    }

    @Override
    public void chown(int fd, long uid, long gid) throws OsException {
        fchown(fd, uid, gid);
    }

    @Override
    public void lchown(String path, long uid, long gid) throws OsException {
        facet(Identity.class, "lchown")
                .chown(Args.path("lchown", path), Args.id("lchown", uid), Args.id("lchown", gid),
                OsProvider.NO_DIR_FD, false);
    }

    @Override
    public void fchown(int fd, long uid, long gid) throws OsException {
        uid = Args.id("fchown", uid);
        gid = Args.id("fchown", gid);
        facet(Identity.class, "fchown").fchown(fd, uid, gid);
    }

    @Override
    public void chflags(String path, int flags) throws OsException {
        chflags(path, flags, true);
    }

    @Override
    public void chflags(String path, int flags, boolean followSymlinks) throws OsException {
        path = Args.path("chflags", path);
        facet(Identity.class, "chflags").chflags(path, flags, followSymlinks);
    }

    @Override
    public void lchflags(String path, int flags) throws OsException {
        path = Args.path("lchflags", path);
        facet(Identity.class, "lchflags").chflags(path, flags, false);
    }

    @Override
    public void mkfifo(String path) throws OsException {
        mkfifo(path, 0666, At.DEFAULT);
    }

    @Override
    public void mkfifo(String path, int mode, At at) throws OsException {
        path = Args.path("mkfifo", path);
        Args.nonNull("mkfifo", "at", at);
        facet(SpecialFiles.class, "mkfifo").mkfifo(path, mode, at.dirFd());
    }

    @Override
    public void mknod(String path, int mode, long device) throws OsException {
        mknod(path, mode, device, At.DEFAULT);
    }

    @Override
    public void mknod(String path, int mode, long device, At at) throws OsException {
        path = Args.path("mknod", path);
        Args.nonNull("mknod", "at", at);
        facet(SpecialFiles.class, "mknod").mknod(path, mode, device, at.dirFd());
    }

    /** {@code NODEV}, "no device": all bits of a {@code dev_t} set. */
    private static final long NODEV = -1;

    // CPython 3.13: major(NODEV) and minor(NODEV) are NODEV, not the numbers glibc decodes from its bits
    @Override
    public long major(long device) {
        return device == NODEV ? NODEV : facet(SpecialFiles.class, "major").major(device);
    }

    @Override
    public long minor(long device) {
        return device == NODEV ? NODEV : facet(SpecialFiles.class, "minor").minor(device);
    }

    @Override
    public long makedev(int major, int minor) {
        return facet(SpecialFiles.class, "makedev").makedev(major, minor);
    }

    @Override
    public long pathconf(String path, String name) throws OsException {
        path = Args.path("pathconf", path);
        Args.nonNull("pathconf", "name", name);
        return facet(FileSystems.class, "pathconf").pathconf(path, pathconfName(name));
    }

    @Override
    public long pathconf(String path, int name) throws OsException {
        path = Args.path("pathconf", path);
        return facet(FileSystems.class, "pathconf").pathconf(path, name);
    }

    @Override
    public long fpathconf(int fd, String name) throws OsException {
        Args.nonNull("fpathconf", "name", name);
        return facet(FileSystems.class, "fpathconf").fpathconf(fd, pathconfName(name));
    }

    @Override
    public long fpathconf(int fd, int name) throws OsException {
        return facet(FileSystems.class, "fpathconf").fpathconf(fd, name);
    }

    private int pathconfName(String name) {
        Integer number = facet(FileSystems.class, "pathconf").pathconfNames().get(name);
        if (number == null) {
            throw new IllegalArgumentException("unrecognized configuration name: " + name);
        }
        return number;
    }

    @Override
    public Map<String, Integer> pathconfNames() {
        return facet(FileSystems.class, "pathconf_names").pathconfNames();
    }

    @Override
    public StatvfsResult statvfs(String path) throws OsException {
        path = Args.path("statvfs", path);
        return facet(FileSystems.class, "statvfs").statvfs(path);
    }

    @Override
    public StatvfsResult statvfs(int fd) throws OsException {
        return facet(FileSystems.class, "statvfs").fstatvfs(fd);
    }

    @Override
    public StatvfsResult fstatvfs(int fd) throws OsException {
        return facet(FileSystems.class, "fstatvfs").fstatvfs(fd);
    }

    @Override
    public void sync() {
        facet(FileSystems.class, "sync").sync();
    }

    @Override
    public void utime(String path) throws OsException {
        utimeNow(path, At.DEFAULT);
    }

    @Override
    public void utime(String path, double atime, double mtime, At at) throws OsException {
        files.utime(Args.path("utime", path), new long[] {Times.floorNs(atime), Times.floorNs(mtime)},
                at.dirFd(), at.followSymlinks());
    }

    @Override
    public void utimeNs(String path, long atimeNs, long mtimeNs, At at) throws OsException {
        files.utime(Args.path("utime", path), new long[] {atimeNs, mtimeNs}, at.dirFd(), at.followSymlinks());
    }

    @Override
    public void utimeNow(String path, At at) throws OsException {
        files.utime(Args.path("utime", path), null, at.dirFd(), at.followSymlinks());
    }

    @Override
    public void utime(int fd, double atime, double mtime) throws OsException {
        facet(DirectoryDescriptors.class, "utime").utime(fd, new long[] {Times.floorNs(atime), Times.floorNs(mtime)});
    }

    @Override
    public void utimeNs(int fd, long atimeNs, long mtimeNs) throws OsException {
        facet(DirectoryDescriptors.class, "utime").utime(fd, new long[] {atimeNs, mtimeNs});
    }

    @Override
    public void utimeNow(int fd) throws OsException {
        facet(DirectoryDescriptors.class, "utime").utime(fd, null);
    }

    @Override
    public int XATTR_CREATE() {
        return xattrConstant("XATTR_CREATE");
    }

    @Override
    public int XATTR_REPLACE() {
        return xattrConstant("XATTR_REPLACE");
    }

    @Override
    public int XATTR_SIZE_MAX() {
        return xattrConstant("XATTR_SIZE_MAX");
    }

    private int xattrConstant(String name) {
        Integer value = facet(Xattrs.class, name).xattrConstants().get(name);
        if (value == null) {
            throw Unsupported.of(name, "no extended attributes from " + provider.id());
        }
        return value;
    }

    @Override
    public byte[] getxattr(String path, String attribute) throws OsException {
        return getxattr(path, attribute, true);
    }

    @Override
    public byte[] getxattr(String path, String attribute, boolean followSymlinks) throws OsException {
        path = Args.path("getxattr", path);
        attribute = Args.path("getxattr", "attribute", attribute);
        return facet(Xattrs.class, "getxattr").getxattr(path, attribute, followSymlinks);
    }

    @Override
    public byte[] getxattr(int fd, String attribute) throws OsException {
        attribute = Args.path("getxattr", "attribute", attribute);
        return facet(Xattrs.class, "getxattr").getxattr(fd, attribute);
    }

    @Override
    public void setxattr(String path, String attribute, byte[] value, int flags) throws OsException {
        setxattr(path, attribute, value, flags, true);
    }

    @Override
    public void setxattr(String path, String attribute, byte[] value, int flags, boolean followSymlinks)
            throws OsException {
        path = Args.path("setxattr", path);
        attribute = Args.path("setxattr", "attribute", attribute);
        byte[] copy = Args.nonNull("setxattr", "value", value).clone();
        facet(Xattrs.class, "setxattr").setxattr(path, attribute, copy, flags, followSymlinks);
    }

    @Override
    public void setxattr(int fd, String attribute, byte[] value, int flags) throws OsException {
        attribute = Args.path("setxattr", "attribute", attribute);
        byte[] copy = Args.nonNull("setxattr", "value", value).clone();
        facet(Xattrs.class, "setxattr").setxattr(fd, attribute, copy, flags);
    }

    @Override
    public List<String> listxattr() throws OsException {
        return listxattr(platform.curdir(), true);
    }

    @Override
    public List<String> listxattr(String path) throws OsException {
        return listxattr(path, true);
    }

    @Override
    public List<String> listxattr(String path, boolean followSymlinks) throws OsException {
        path = Args.path("listxattr", path);
        return facet(Xattrs.class, "listxattr").listxattr(path, followSymlinks);
    }

    @Override
    public List<String> listxattr(int fd) throws OsException {
        return facet(Xattrs.class, "listxattr").listxattr(fd);
    }

    @Override
    public void removexattr(String path, String attribute) throws OsException {
        removexattr(path, attribute, true);
    }

    @Override
    public void removexattr(String path, String attribute, boolean followSymlinks) throws OsException {
        path = Args.path("removexattr", path);
        attribute = Args.path("removexattr", "attribute", attribute);
        facet(Xattrs.class, "removexattr").removexattr(path, attribute, followSymlinks);
    }

    @Override
    public void removexattr(int fd, String attribute) throws OsException {
        attribute = Args.path("removexattr", "attribute", attribute);
        facet(Xattrs.class, "removexattr").removexattr(fd, attribute);
    }

    // ---- file descriptors ----

    @Override
    public FdConstants fdConstants() {
        FdConstants c = fdConstants;
        if (c == null) {
            fdConstants = c = new FdConstants(fds.fdConstants());
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
        return fds.open(Args.path("open", path), flags, mode, at.dirFd());
    }

    @Override
    public void close(int fd) throws OsException {
        fds.close(fd);
    }

    @Override
    public void closerange(int low, int high) {
        fds.closerange(low, high);
    }

    @Override
    public byte[] read(int fd, int n) throws OsException {
        byte[] buffer = new byte[ReadSize.forRead(this, fd, readSize(n))];
        return filled(buffer, fds.read(fd, ByteBuffer.wrap(buffer))); // n == 0 still asks, as CPython does
    }

    /** CPython's {@code os.read}/{@code os.pread}: a negative size is EINVAL, raised without a system call. */
    private int readSize(int n) throws OsException {
        if (n < 0) {
            int einval = errno().EINVAL();
            throw OsException.of(einval, "EINVAL", strerror(einval), null, null);
        }
        return n;
    }

    /** The first {@code got} bytes of {@code buffer}, without a copy when the read filled it. */
    private static byte[] filled(byte[] buffer, int got) {
        return got == buffer.length ? buffer : Arrays.copyOf(buffer, got);
    }

    @Override
    public int read(int fd, byte[] buffer) throws OsException {
        Args.nonNull("read", "buffer", buffer);
        return fds.read(fd, ByteBuffer.wrap(buffer));
    }

    @Override
    public int read(int fd, byte[] buffer, int offset, int length) throws OsException {
        Args.nonNull("read", "buffer", buffer);
        return fds.read(fd, ByteBuffer.wrap(buffer, offset, length));
    }

    @Override
    public int read(int fd, ByteBuffer buffer) throws OsException {
        Args.nonNull("read", "buffer", buffer);
        if (buffer.isReadOnly()) {
            throw new IllegalArgumentException("read: read-only buffer");
        }
        return fds.read(fd, buffer);
    }

    @Override
    public int write(int fd, byte[] data) throws OsException {
        Args.nonNull("write", "data", data);
        return fds.write(fd, ByteBuffer.wrap(data));
    }

    @Override
    public int write(int fd, byte[] data, int offset, int length) throws OsException {
        Args.nonNull("write", "data", data);
        return fds.write(fd, ByteBuffer.wrap(data, offset, length));
    }

    @Override
    public int write(int fd, ByteBuffer data) throws OsException {
        Args.nonNull("write", "data", data);
        return fds.write(fd, data);
    }

    @Override
    public byte[] pread(int fd, int n, long offset) throws OsException {
        byte[] buffer = new byte[ReadSize.forPread(this, fd, readSize(n), offset)];
        return filled(buffer, fds.pread(fd, ByteBuffer.wrap(buffer), offset));
    }

    @Override
    public int pread(int fd, byte[] buffer, int bufferOffset, int length, long offset) throws OsException {
        Args.nonNull("pread", "buffer", buffer);
        return fds.pread(fd, ByteBuffer.wrap(buffer, bufferOffset, length), offset);
    }

    @Override
    public int pread(int fd, ByteBuffer buffer, long offset) throws OsException {
        Args.nonNull("pread", "buffer", buffer);
        if (buffer.isReadOnly()) {
            throw new IllegalArgumentException("pread: read-only buffer");
        }
        return fds.pread(fd, buffer, offset);
    }

    @Override
    public int pwrite(int fd, byte[] data, long offset) throws OsException {
        Args.nonNull("pwrite", "data", data);
        return fds.pwrite(fd, ByteBuffer.wrap(data), offset);
    }

    @Override
    public int pwrite(int fd, byte[] data, int dataOffset, int length, long offset) throws OsException {
        Args.nonNull("pwrite", "data", data);
        return fds.pwrite(fd, ByteBuffer.wrap(data, dataOffset, length), offset);
    }

    @Override
    public int pwrite(int fd, ByteBuffer data, long offset) throws OsException {
        Args.nonNull("pwrite", "data", data);
        return fds.pwrite(fd, data, offset);
    }

    @Override
    public long readv(int fd, ByteBuffer... buffers) throws OsException {
        Args.nonNull("readv", "buffers", buffers);
        for (ByteBuffer b : buffers) {
            if (b.isReadOnly()) {
                throw new IllegalArgumentException("readv: read-only buffer");
            }
        }
        return fds.readv(fd, buffers.clone());
    }

    @Override
    public long readv(int fd, byte[]... buffers) throws OsException {
        Args.nonNull("readv", "buffers", buffers);
        return fds.readv(fd, wrap(buffers));
    }

    @Override
    public long writev(int fd, ByteBuffer... buffers) throws OsException {
        Args.nonNull("writev", "buffers", buffers);
        return fds.writev(fd, buffers.clone());
    }

    @Override
    public long writev(int fd, byte[]... buffers) throws OsException {
        Args.nonNull("writev", "buffers", buffers);
        return fds.writev(fd, wrap(buffers));
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
        return fds.lseek(fd, position, how);
    }

    @Override
    public int dup(int fd) throws OsException {
        return fds.dup(fd);
    }

    @Override
    public int dup2(int fd, int fd2) throws OsException {
        return fds.dup2(fd, fd2, true);
    }

    @Override
    public int dup2(int fd, int fd2, boolean inheritable) throws OsException {
        return fds.dup2(fd, fd2, inheritable);
    }

    @Override
    public Pipe pipe() throws OsException {
        int[] ends = fds.pipe();
        return new Pipe(ends[0], ends[1]);
    }

    @Override
    public Pipe pipe2(int flags) throws OsException {
        int[] ends = fds.pipe2(flags);
        return new Pipe(ends[0], ends[1]);
    }

    @Override
    public void fsync(int fd) throws OsException {
        fds.fsync(fd);
    }

    @Override
    public void fsync(int fd, FsyncOptions options) throws OsException {
        if (options.isFull()) {
            fds.fullfsync(fd);
        } else {
            fds.fsync(fd);
        }
    }

    @Override
    public void fdatasync(int fd) throws OsException {
        fds.fdatasync(fd);
    }

    @Override
    public void ftruncate(int fd, long length) throws OsException {
        fds.ftruncate(fd, length);
    }

    @Override
    public void truncate(String path, long length) throws OsException {
        files.truncate(Args.path("truncate", path), length);
    }

    @Override
    public void truncate(int fd, long length) throws OsException {
        fds.ftruncate(fd, length);
    }

    @Override
    public void posixFallocate(int fd, long offset, long length) throws OsException {
        facet(AdvancedIo.class, "posix_fallocate").posixFallocate(fd, offset, length);
    }

    @Override
    public void posixFadvise(int fd, long offset, long length, int advice) throws OsException {
        facet(AdvancedIo.class, "posix_fadvise").posixFadvise(fd, offset, length, advice);
    }

    @Override
    public long sendfile(int outFd, int inFd, long offset, long count) throws OsException {
        if (offset < 0) {
            throw new IllegalArgumentException("sendfile: negative offset " + offset);
        }
        count = Args.count("sendfile", count);
        return facet(AdvancedIo.class, "sendfile").sendfile(outFd, inFd, offset, count);
    }

    @Override
    public long sendfile(int outFd, int inFd, long count) throws OsException {
        return facet(AdvancedIo.class, "sendfile")
                .sendfile(outFd, inFd, OsProvider.NO_OFFSET, Args.count("sendfile", count));
    }

    @Override
    public long copyFileRange(int src, int dst, long count) throws OsException {
        return copyFileRange(src, dst, count, OsProvider.NO_OFFSET, OsProvider.NO_OFFSET);
    }

    @Override
    public long copyFileRange(int src, int dst, long count, long offsetSrc, long offsetDst) throws OsException {
        if (offsetSrc < 0 && offsetSrc != OsProvider.NO_OFFSET || offsetDst < 0 && offsetDst != OsProvider.NO_OFFSET) {
            throw new IllegalArgumentException("copy_file_range: negative offset");
        }
        return facet(AdvancedIo.class, "copy_file_range")
                .copyFileRange(src, dst, Args.count("copy_file_range", count), offsetSrc, offsetDst);
    }

    @Override
    public void fcopyfile(int inFd, int outFd, int flags) throws OsException {
        facet(AdvancedIo.class, "_fcopyfile").fcopyfile(inFd, outFd, flags);
    }

    @Override
    public void clonefile(String src, String dst, int flags) throws OsException {
        src = Args.path("clonefile", "src", src);
        dst = Args.path("clonefile", "dst", dst);
        facet(AdvancedIo.class, "clonefile").clonefile(src, dst, flags);
    }

    @Override
    public int SOCK_STREAM() {
        return socketConstant("SOCK_STREAM");
    }

    @Override
    public int SOCK_DGRAM() {
        return socketConstant("SOCK_DGRAM");
    }

    private int socketConstant(String name) {
        return facet(UnixSockets.class, name).socketConstants().get(name);
    }

    @Override
    public int connectUnixSocket(String path, int type) throws OsException {
        path = Args.path("connectUnixSocket", path);
        return facet(UnixSockets.class, "connectUnixSocket").connectUnixSocket(path, type);
    }

    @Override
    public void lockf(int fd, int cmd, long length) throws OsException {
        facet(AdvancedIo.class, "lockf").lockf(fd, cmd, length);
    }

    @Override
    public boolean getBlocking(int fd) throws OsException {
        return fds.getBlocking(fd);
    }

    @Override
    public void setBlocking(int fd, boolean blocking) throws OsException {
        fds.setBlocking(fd, blocking);
    }

    @Override
    public boolean getInheritable(int fd) throws OsException {
        return fds.getInheritable(fd);
    }

    @Override
    public void closehandle(long handle) throws OsException {
        fds.closeHandle(handle);
    }

    @Override
    public long getOsfhandle(int fd) throws OsException {
        return fds.getOsfhandle(fd);
    }

    @Override
    public boolean getHandleInheritable(long handle) throws OsException {
        return fds.getHandleInheritable(handle);
    }

    @Override
    public void setHandleInheritable(long handle, boolean inheritable) throws OsException {
        fds.setHandleInheritable(handle, inheritable);
    }

    @Override
    public void setInheritable(int fd, boolean inheritable) throws OsException {
        fds.setInheritable(fd, inheritable);
    }

    @Override
    public boolean isatty(int fd) {
        return fds.isatty(fd);
    }

    @Override
    public String ttyname(int fd) throws OsException {
        return facet(Sessions.class, "ttyname").ttyname(fd);
    }

    @Override
    public Pty openpty() throws OsException {
        int[] ends = facet(Sessions.class, "openpty").openpty();
        return new Pty(ends[0], ends[1]);
    }

    @Override
    public Optional<String> deviceEncoding(int fd) {
        return fds.isatty(fd) ? Optional.of(System.getProperty("native.encoding", "UTF-8")) : Optional.empty();
    }

    @Override
    public TerminalSize getTerminalSize() throws OsException {
        return getTerminalSize(1);
    }

    @Override
    public TerminalSize getTerminalSize(int fd) throws OsException {
        int[] size = facet(Sessions.class, "get_terminal_size").terminalSize(fd);
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
        return facet(Identity.class, "umask").umask(mask);
    }

    @Override
    public long getpid() {
        return env.getpid();
    }

    @Override
    public long getppid() {
        return env.getppid();
    }

    @Override
    public long getuid() {
        return facet(Identity.class, "getuid").getuid();
    }

    @Override
    public long geteuid() {
        return facet(Identity.class, "geteuid").geteuid();
    }

    @Override
    public long getgid() {
        return facet(Identity.class, "getgid").getgid();
    }

    @Override
    public long getegid() {
        return facet(Identity.class, "getegid").getegid();
    }

    @Override
    public long[] getgroups() throws OsException {
        return facet(Identity.class, "getgroups").getgroups();
    }

    @Override
    public void setgroups(long[] groups) throws OsException {
        long[] copy = groups.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = Args.id("setgroups", copy[i]);
        }
        facet(Identity.class, "setgroups").setgroups(copy);
    }

    @Override
    public long[] getgrouplist(String user, long group) throws OsException {
        long[] groups = facet(Identity.class, "getgrouplist")
                .getgrouplist(Args.path("getgrouplist", "user", user), Args.id("getgrouplist", group));
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0xffff_ffffL) {
                groups[i] = -1; // (gid_t)-1, as CPython reads it back
            }
        }
        return groups;
    }

    @Override
    public void initgroups(String username, long gid) throws OsException {
        facet(Identity.class, "initgroups")
                .initgroups(Args.path("initgroups", "username", username), Args.id("initgroups", gid));
    }

    @Override
    public String getlogin() throws OsException {
        return facet(Identity.class, "getlogin").getlogin();
    }

    @Override
    public long getpgid(long pid) throws OsException {
        pid = Args.pid("getpgid", pid);
        return facet(Sessions.class, "getpgid").getpgid(pid);
    }

    @Override
    public long getpgrp() {
        return facet(Sessions.class, "getpgrp").getpgrp();
    }

    @Override
    public void setpgid(long pid, long pgrp) throws OsException {
        pid = Args.pid("setpgid", pid);
        pgrp = Args.pid("setpgid", pgrp);
        facet(Sessions.class, "setpgid").setpgid(pid, pgrp);
    }

    @Override
    public void setpgrp() throws OsException {
        facet(Sessions.class, "setpgrp").setpgid(0, 0);
    }

    @Override
    public long getsid(long pid) throws OsException {
        pid = Args.pid("getsid", pid);
        return facet(Sessions.class, "getsid").getsid(pid);
    }

    @Override
    public void setsid() throws OsException {
        facet(Sessions.class, "setsid").setsid();
    }

    @Override
    public long tcgetpgrp(int fd) throws OsException {
        return facet(Sessions.class, "tcgetpgrp").tcgetpgrp(fd);
    }

    @Override
    public void tcsetpgrp(int fd, long pgrp) throws OsException {
        pgrp = Args.pid("tcsetpgrp", pgrp);
        facet(Sessions.class, "tcsetpgrp").tcsetpgrp(fd, pgrp);
    }

    @Override
    public int getpriority(int which, long who) throws OsException {
        who = Args.cInt("getpriority", who);
        return facet(Scheduling.class, "getpriority").getpriority(which, who);
    }

    @Override
    public void setpriority(int which, long who, int priority) throws OsException {
        who = Args.cInt("setpriority", who);
        facet(Scheduling.class, "setpriority").setpriority(which, who, priority);
    }

    @Override
    public ResIds getresuid() throws OsException {
        return facet(Identity.class, "getresuid").getresuid();
    }

    @Override
    public ResIds getresgid() throws OsException {
        return facet(Identity.class, "getresgid").getresgid();
    }

    @Override
    public void setresuid(long ruid, long euid, long suid) throws OsException {
        ruid = Args.id("setresuid", ruid);
        euid = Args.id("setresuid", euid);
        suid = Args.id("setresuid", suid);
        facet(Identity.class, "setresuid").setresuid(ruid, euid,
                suid);
    }

    @Override
    public void setresgid(long rgid, long egid, long sgid) throws OsException {
        rgid = Args.id("setresgid", rgid);
        egid = Args.id("setresgid", egid);
        sgid = Args.id("setresgid", sgid);
        facet(Identity.class, "setresgid").setresgid(rgid, egid,
                sgid);
    }

    @Override
    public void setuid(long uid) throws OsException {
        uid = Args.id("setuid", uid);
        facet(Identity.class, "setuid").setuid(uid);
    }

    @Override
    public void seteuid(long euid) throws OsException {
        euid = Args.id("seteuid", euid);
        facet(Identity.class, "seteuid").seteuid(euid);
    }

    @Override
    public void setgid(long gid) throws OsException {
        gid = Args.id("setgid", gid);
        facet(Identity.class, "setgid").setgid(gid);
    }

    @Override
    public void setegid(long egid) throws OsException {
        egid = Args.id("setegid", egid);
        facet(Identity.class, "setegid").setegid(egid);
    }

    @Override
    public void setreuid(long ruid, long euid) throws OsException {
        ruid = Args.id("setreuid", ruid);
        euid = Args.id("setreuid", euid);
        facet(Identity.class, "setreuid").setreuid(ruid, euid);
    }

    @Override
    public void setregid(long rgid, long egid) throws OsException {
        rgid = Args.id("setregid", rgid);
        egid = Args.id("setregid", egid);
        facet(Identity.class, "setregid").setregid(rgid, egid);
    }

    @Override
    public String ctermid() {
        return facet(Sessions.class, "ctermid").ctermid();
    }

    @Override
    public int nice(int increment) throws OsException {
        return facet(Scheduling.class, "nice").nice(increment);
    }

    @Override
    public TimesResult times() throws OsException {
        return facet(Scheduling.class, "times").times();
    }

    /** A pid_t, checked before it is narrowed to the C type (Python's OverflowError). */
    /** The running platform's value of a {@code PRIO_*}, {@code SCHED_*}, {@code RTLD_*} or {@code EX_*}. */
    private int constant(String name) {
        Integer value = facet(Scheduling.class, name).processConstants().get(name);
        if (value == null) {
            throw Unsupported.of(name, "the platform has no such constant");
        }
        return value;
    }

    @Override
    public int PRIO_PROCESS() {
        return constant("PRIO_PROCESS");
    }

    @Override
    public int PRIO_PGRP() {
        return constant("PRIO_PGRP");
    }

    @Override
    public int PRIO_USER() {
        return constant("PRIO_USER");
    }

    // ---- processes ----

    @Override
    public ProcessInformation createprocess(String commandLine, CreateProcessOptions options) throws OsException {
        Args.nonNull("createprocess", "commandLine", commandLine);
        Args.nonNull("createprocess", "options", options);
        WindowsChildArgs.check(commandLine, options);
        return processes("_winapi.CreateProcess").createProcess(commandLine, options);
    }

    @Override
    public int waitforsingleobject(long handle, int milliseconds) throws OsException {
        return processes("_winapi.WaitForSingleObject").waitForSingleObject(handle, milliseconds);
    }

    @Override
    public long getexitcodeprocess(long process) throws OsException {
        return processes("_winapi.GetExitCodeProcess").getExitCodeProcess(process);
    }

    @Override
    public void terminateprocess(long process, int exitCode) throws OsException {
        processes("_winapi.TerminateProcess").terminateProcess(process, exitCode);
    }


    private Processes processes(String function) {
        return facet(Processes.class, function);
    }

    @Override
    public SignalConstants signalConstants() {
        SignalConstants c = signalConstants;
        if (c == null) {
            signalConstants = c = new SignalConstants(processes("signalConstants").signalConstants());
        }
        return c;
    }

    @Override
    public void kill(long pid, int signal) throws OsException {
        pid = Args.pid("kill", pid);
        processes("kill").kill(pid, signal);
    }

    @Override
    public void killpg(long pgid, int signal) throws OsException {
        pgid = Args.pid("killpg", pgid);
        processes("killpg").killpg(pgid, signal);
    }

    @Override
    public WaitResult waitpid(long pid, int options) throws OsException {
        pid = Args.pid("waitpid", pid);
        return processes("waitpid").waitpid(pid, options);
    }

    @Override
    public WaitResult waitAny() throws OsException {
        return processes("wait").waitpid(-1, 0);
    }

    @Override
    public Wait4Result wait3(int options) throws OsException {
        return processes("wait3").wait4(-1, options);
    }

    @Override
    public Wait4Result wait4(long pid, int options) throws OsException {
        pid = Args.pid("wait4", pid);
        return processes("wait4").wait4(pid, options);
    }

    @Override
    public WaitidResult waitid(int idtype, long id, int options) throws OsException {
        id = Args.pid("waitid", id);
        return processes("waitid").waitid(idtype, id, options);
    }

    @Override
    public int pidfdOpen(long pid) throws OsException {
        return pidfdOpen(pid, 0);
    }

    @Override
    public int pidfdOpen(long pid, int flags) throws OsException {
        pid = Args.pid("pidfd_open", pid);
        return processes("pidfd_open").pidfdOpen(pid, flags);
    }

    private int macro(WaitMacro macro, int status) {
        return processes(macro.name()).waitStatus(macro, status);
    }

    @Override
    public int waitstatusToExitcode(int status) {
        if (WIFEXITED(status)) {
            return WEXITSTATUS(status);
        }
        if (WIFSIGNALED(status)) {
            int signal = WTERMSIG(status);
            if (signal <= 0) { // CPython's check, kept for platforms whose macros could say so
                throw new IllegalArgumentException("invalid WTERMSIG: " + signal);
            }
            return -signal;
        }
        if (WIFSTOPPED(status)) {
            throw new IllegalArgumentException("process stopped by delivery of signal " + WSTOPSIG(status));
        }
        throw new IllegalArgumentException("invalid wait status: " + status);
    }

    @Override
    public boolean WIFEXITED(int status) {
        return macro(WaitMacro.WIFEXITED, status) != 0;
    }

    @Override
    public int WEXITSTATUS(int status) {
        return macro(WaitMacro.WEXITSTATUS, status);
    }

    @Override
    public boolean WIFSIGNALED(int status) {
        return macro(WaitMacro.WIFSIGNALED, status) != 0;
    }

    @Override
    public int WTERMSIG(int status) {
        return macro(WaitMacro.WTERMSIG, status);
    }

    @Override
    public boolean WIFSTOPPED(int status) {
        return macro(WaitMacro.WIFSTOPPED, status) != 0;
    }

    @Override
    public int WSTOPSIG(int status) {
        return macro(WaitMacro.WSTOPSIG, status);
    }

    @Override
    public boolean WIFCONTINUED(int status) {
        return macro(WaitMacro.WIFCONTINUED, status) != 0;
    }

    @Override
    public boolean WCOREDUMP(int status) {
        return macro(WaitMacro.WCOREDUMP, status) != 0;
    }

    /** The running platform's value of a {@code W*}, {@code P_*} or {@code CLD_*}. */
    private int waitConstant(String name) {
        Integer value = processes(name).waitConstants().get(name);
        if (value == null) {
            throw Unsupported.of(name, "the platform has no such constant");
        }
        return value;
    }

    @Override
    public int WNOHANG() {
        return waitConstant("WNOHANG");
    }

    @Override
    public int WUNTRACED() {
        return waitConstant("WUNTRACED");
    }

    @Override
    public int WCONTINUED() {
        return waitConstant("WCONTINUED");
    }

    @Override
    public int WEXITED() {
        return waitConstant("WEXITED");
    }

    @Override
    public int WSTOPPED() {
        return waitConstant("WSTOPPED");
    }

    @Override
    public int WNOWAIT() {
        return waitConstant("WNOWAIT");
    }

    @Override
    public int P_PID() {
        return waitConstant("P_PID");
    }

    @Override
    public int P_PGID() {
        return waitConstant("P_PGID");
    }

    @Override
    public int P_ALL() {
        return waitConstant("P_ALL");
    }

    @Override
    public int P_PIDFD() {
        return waitConstant("P_PIDFD");
    }

    @Override
    public int PIDFD_NONBLOCK() {
        return waitConstant("PIDFD_NONBLOCK");
    }

    @Override
    public int CLD_EXITED() {
        return waitConstant("CLD_EXITED");
    }

    @Override
    public int CLD_KILLED() {
        return waitConstant("CLD_KILLED");
    }

    @Override
    public int CLD_DUMPED() {
        return waitConstant("CLD_DUMPED");
    }

    @Override
    public int CLD_TRAPPED() {
        return waitConstant("CLD_TRAPPED");
    }

    @Override
    public int CLD_STOPPED() {
        return waitConstant("CLD_STOPPED");
    }

    @Override
    public int CLD_CONTINUED() {
        return waitConstant("CLD_CONTINUED");
    }

    /** Waits for a child to end, through stops, and decodes its status as CPython's {@code _spawnvef} does. */
    private int waitToEnd(Processes p, long pid) throws OsException {
        while (true) {
            int status = p.waitpid(pid, 0).status();
            if (!WIFSTOPPED(status)) {
                return status;
            }
        }
    }

    @Override
    public int system(String command) throws OsException {
        Args.nonNull("system", "command", command);
        Processes p = processes("system");
        if (platform == Platform.NT) {
            return p.system(Programs.noNul(command));
        }
        long pid = p.spawn("/bin/sh", List.of("sh", "-c", Programs.noNul(command)), null, SpawnOptions.defaults(),
                false);
        return waitToEnd(p, pid);
    }

    @Override
    public void _exit(int n) {
        processes("_exit").exit(n);
    }

    @Override
    public void abort() {
        processes("abort").abort();
    }

    /** How {@link #program} runs a program. */
    private enum Launch {
        EXEC, SPAWN, SPAWN_AND_WAIT
    }

    /** Runs {@code exec*}/{@code spawn*} of {@code file}: found by the provider, or in {@code env}'s PATH. */
    private long program(Processes p, String function, String file, List<String> args, Map<String, String> env,
            boolean search, Launch launch) throws OsException {
        boolean exec = launch == Launch.EXEC;
        // CPython checks exec* as execv or execve, and spawn* in os.py
        Args.path(exec ? env == null ? "execv" : "execve" : function, search ? "file" : "path", file);
        List<String> argv = Programs.args(exec, env != null, args);
        Map<String, String> envp = env == null ? null : Programs.env(env);
        // CPython's os.py searches an env's PATH, and on Windows every PATH (its C runtime's own search differs)
        boolean ownSearch = search && (envp != null || platform == Platform.NT);
        boolean providerSearch = search && !ownSearch;
        Programs.Attempt attempt = f -> switch (launch) {
            case EXEC -> {
                p.exec(f, argv, envp, providerSearch);
                throw new IllegalStateException(function + " returned"); // exec returns only by throwing
            }
            case SPAWN -> p.spawn(f, argv, envp, SpawnOptions.defaults(), providerSearch);
            case SPAWN_AND_WAIT -> p.spawnAndWait(f, argv, envp, providerSearch);
        };
        return ownSearch ? Programs.search(path, file, getExecPath(envp == null ? environ : envp), attempt)
                : attempt.run(file);
    }

    private void exec(String function, String file, List<String> args, Map<String, String> env, boolean search)
            throws OsException {
        program(processes(function), function, file, args, env, search, Launch.EXEC);
    }

    /** {@code P_WAIT} on Windows is the C runtime's own wait (an exit code); elsewhere a wait status decoded. */
    private long spawn(String function, int mode, String file, List<String> args, Map<String, String> env,
            boolean search) throws OsException {
        Processes p = processes(function);
        if (mode != P_NOWAIT && platform == Platform.NT) {
            return program(p, function, file, args, env, search, Launch.SPAWN_AND_WAIT);
        }
        long pid = program(p, function, file, args, env, search, Launch.SPAWN);
        return mode == P_NOWAIT ? pid : waitstatusToExitcode(waitToEnd(p, pid));
    }

    @Override
    public void execv(String path, List<String> args) throws OsException {
        exec("execv", path, args, null, false);
    }

    @Override
    public void execve(String path, List<String> args, Map<String, String> env) throws OsException {
        exec("execve", path, args, Objects.requireNonNull(env, "env"), false);
    }

    @Override
    public void execvp(String file, List<String> args) throws OsException {
        exec("execvp", file, args, null, true);
    }

    @Override
    public void execvpe(String file, List<String> args, Map<String, String> env) throws OsException {
        exec("execvpe", file, args, Objects.requireNonNull(env, "env"), true);
    }

    @Override
    public void execl(String path, String... args) throws OsException {
        exec("execl", path, List.of(Args.nonNull("execl", "args", args)), null, false);
    }

    @Override
    public void execle(String path, Map<String, String> env, String... args) throws OsException {
        exec("execle", path, List.of(Args.nonNull("execle", "args", args)), Objects.requireNonNull(env, "env"), false);
    }

    @Override
    public void execlp(String file, String... args) throws OsException {
        exec("execlp", file, List.of(Args.nonNull("execlp", "args", args)), null, true);
    }

    @Override
    public void execlpe(String file, Map<String, String> env, String... args) throws OsException {
        exec("execlpe", file, List.of(Args.nonNull("execlpe", "args", args)), Objects.requireNonNull(env, "env"), true);
    }

    @Override
    public long spawnv(int mode, String path, List<String> args) throws OsException {
        return spawn("spawnv", mode, path, args, null, false);
    }

    @Override
    public long spawnve(int mode, String path, List<String> args, Map<String, String> env) throws OsException {
        return spawn("spawnve", mode, path, args, Objects.requireNonNull(env, "env"), false);
    }

    @Override
    public long spawnvp(int mode, String file, List<String> args) throws OsException {
        return spawn("spawnvp", mode, file, args, null, true);
    }

    @Override
    public long spawnvpe(int mode, String file, List<String> args, Map<String, String> env) throws OsException {
        return spawn("spawnvpe", mode, file, args, Objects.requireNonNull(env, "env"), true);
    }

    @Override
    public long spawnl(int mode, String path, String... args) throws OsException {
        return spawn("spawnl", mode, path, List.of(Args.nonNull("spawnl", "args", args)), null, false);
    }

    @Override
    public long spawnle(int mode, String path, Map<String, String> env, String... args) throws OsException {
        return spawn("spawnle", mode, path, List.of(Args.nonNull("spawnle", "args", args)),
                Objects.requireNonNull(env, "env"), false);
    }

    @Override
    public long spawnlp(int mode, String file, String... args) throws OsException {
        return spawn("spawnlp", mode, file, List.of(Args.nonNull("spawnlp", "args", args)), null, true);
    }

    @Override
    public long spawnlpe(int mode, String file, Map<String, String> env, String... args) throws OsException {
        return spawn("spawnlpe", mode, file, List.of(Args.nonNull("spawnlpe", "args", args)),
                Objects.requireNonNull(env, "env"), true);
    }

    @Override
    public long posixSpawn(String path, List<String> argv, Map<String, String> env, SpawnOptions options)
            throws OsException {
        return posixSpawn("posix_spawn", path, argv, env, options, false);
    }

    @Override
    public long posixSpawn(String path, List<String> argv, Map<String, String> env) throws OsException {
        return posixSpawn(path, argv, env, SpawnOptions.defaults());
    }

    @Override
    public long posixSpawnp(String file, List<String> argv, Map<String, String> env, SpawnOptions options)
            throws OsException {
        return posixSpawn("posix_spawnp", file, argv, env, options, true);
    }

    @Override
    public long posixSpawnp(String file, List<String> argv, Map<String, String> env) throws OsException {
        return posixSpawnp(file, argv, env, SpawnOptions.defaults());
    }

    private long posixSpawn(String function, String file, List<String> argv, Map<String, String> env,
            SpawnOptions options, boolean search) throws OsException {
        Args.path(function, search ? "file" : "path", file);
        List<String> args = Programs.spawnArgs(function, argv);
        Map<String, String> envp = env == null ? null : Programs.env(env);
        Programs.actions(Objects.requireNonNull(options, "options").fileActions());
        return processes(function).spawn(file, args, envp, options, search);
    }

    @Override
    public PopenFile popen(String cmd) throws OsException {
        return popen(cmd, "r", -1);
    }

    @Override
    public PopenFile popen(String cmd, String mode) throws OsException {
        return popen(cmd, mode, -1);
    }

    @Override
    public PopenFile popen(String cmd, String mode, int buffering) throws OsException {
        Args.nonNull("popen", "cmd", cmd);
        Args.nonNull("popen", "mode", mode);
        if (!mode.equals("r") && !mode.equals("w")) {
            throw new IllegalArgumentException("invalid mode " + PyRepr.repr(mode));
        }
        if (buffering == 0 || buffering < -1) {
            throw new IllegalArgumentException(buffering == 0 ? "popen() does not support unbuffered streams"
                    : "buffering must be -1 or positive: " + buffering);
        }
        boolean read = mode.equals("r");
        return new PopenFile(shell("popen", cmd, !read, read, ChildPipes.Stderr.INHERIT));
    }

    @Override
    public ChildPipes popen2(String cmd) throws OsException {
        return shell("popen2", cmd, true, true, ChildPipes.Stderr.INHERIT);
    }

    @Override
    public ChildPipes popen3(String cmd) throws OsException {
        return shell("popen3", cmd, true, true, ChildPipes.Stderr.PIPE);
    }

    @Override
    public ChildPipes popen4(String cmd) throws OsException {
        return shell("popen4", cmd, true, false, ChildPipes.Stderr.STDOUT);
    }

    private ChildPipes shell(String function, String cmd, boolean stdin, boolean stdout, ChildPipes.Stderr stderr)
            throws OsException {
        Programs.noNul(Args.nonNull(function, "cmd", cmd));
        processes(function); // a provider that cannot start programs says so before any pipe is made
        return ChildPipes.start(this, cmd, stdin, stdout, stderr);
    }

    // ---- process creation (cannot be supported in a JVM) ----

    private static final String FORK_IS_UNSAFE = "a forked JVM cannot run safely: only the calling thread survives "
            + "in the child, while the locks that other threads held (JVM-internal ones, malloc's) stay held "
            + "forever and the garbage collector's and JIT compiler's threads are gone; start a new process instead";

    @Override
    public long fork() {
        throw Unsupported.of("fork", FORK_IS_UNSAFE);
    }

    @Override
    public long[] forkpty() {
        throw Unsupported.of("forkpty", FORK_IS_UNSAFE);
    }

    // ---- environment (bytes) ----

    @Override
    public Map<byte[], byte[]> environb() {
        if (!supportsBytesEnviron()) {
            throw Unsupported.of("environb", "the environment of this platform is text, not bytes");
        }
        return new EnvironBytes(environ); // a stateless view: every one shows the same store
    }

    @Override
    public byte[] getenvb(byte[] key) {
        return environb().get(Args.nonNull("getenvb", "key", key));
    }

    @Override
    public byte[] getenvb(byte[] key, byte[] defaultValue) {
        byte[] v = getenvb(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public boolean supportsBytesEnviron() {
        return !"nt".equals(platform.name());
    }

    @Override
    public List<String> getExecPath() {
        return getExecPath(environ);
    }

    @Override
    public List<String> getExecPath(Map<String, String> env) {
        String path = env.get("PATH");
        return List.of((path == null ? platform.defpath() : path).split(Pattern.quote(platform.pathsep()), -1));
    }

    // ---- environment ----

    @Override
    public Map<String, String> environ() {
        return environ;
    }

    @Override
    public String getenv(String key) {
        return environ.get(Args.nonNull("getenv", "key", key));
    }

    @Override
    public String getenv(String key, String defaultValue) {
        String v = getenv(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public void putenv(String key, String value) throws OsException {
        env.putenv(platform.environKeys().check(Args.nonNull("putenv", "key", key)), Args.envValue(value));
    }

    @Override
    public void unsetenv(String key) throws OsException {
        env.unsetenv(platform.environKeys().check(Args.nonNull("unsetenv", "key", key)));
    }

    // ---- system ----

    @Override
    public Pwd pwd() {
        return pwd;
    }

    @Override
    public Grp grp() {
        return grp;
    }

    @Override
    public String strerror(int errno) {
        return facet(SystemInfo.class, "strerror").strerror(errno);
    }

    @Override
    public Errno errno() {
        Errno e = errno;
        if (e == null) {
            errno = e = new Errno(optional(SystemInfo.class).map(SystemInfo::errnoConstants).orElse(Map.of()));
        }
        return e;
    }

    @Override
    public UnameResult uname() throws OsException {
        return facet(SystemInfo.class, "uname").uname();
    }

    @Override
    public OptionalInt cpuCount() {
        int n = optional(SystemInfo.class).map(SystemInfo::cpuCount)
                .orElseGet(() -> Runtime.getRuntime().availableProcessors());
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }

    @Override
    public LoadAverage getloadavg() throws OsException {
        return facet(SystemInfo.class, "getloadavg").getloadavg();
    }

    @Override
    public long sysconf(String name) throws OsException {
        Args.nonNull("sysconf", "name", name);
        SystemInfo info = facet(SystemInfo.class, "sysconf");
        return info.sysconf(confName(info.sysconfNames(), name));
    }

    @Override
    public long sysconf(int name) throws OsException {
        return facet(SystemInfo.class, "sysconf").sysconf(name);
    }

    @Override
    public Map<String, Integer> sysconfNames() {
        return facet(SystemInfo.class, "sysconf_names").sysconfNames();
    }

    @Override
    public String confstr(String name) throws OsException {
        Args.nonNull("confstr", "name", name);
        SystemInfo info = facet(SystemInfo.class, "confstr");
        return info.confstr(confName(info.confstrNames(), name));
    }

    @Override
    public String confstr(int name) throws OsException {
        return facet(SystemInfo.class, "confstr").confstr(name);
    }

    @Override
    public Map<String, Integer> confstrNames() {
        return facet(SystemInfo.class, "confstr_names").confstrNames();
    }

    /** Python's ValueError for a name the table lacks. */
    private static int confName(Map<String, Integer> names, String name) {
        Integer value = names.get(name);
        if (value == null) {
            throw new IllegalArgumentException("unrecognized configuration name: " + name);
        }
        return value;
    }

    @Override
    public byte[] urandom(int size) throws OsException {
        if (size < 0) {
            throw new IllegalArgumentException("negative argument not allowed");
        }
        byte[] bytes = new byte[size];
        facet(SystemInfo.class, "urandom").urandom(bytes);
        return bytes;
    }

    @Deprecated
    @Override
    public boolean statFloatTimes() {
        return true;
    }

    @Deprecated
    @Override
    public boolean statFloatTimes(boolean newValue) {
        if (!newValue) {
            throw Unsupported.of("stat_float_times", "integer stat times were removed in Python 3.7; "
                    + "StatResult has exact nanoseconds (mtimeNs()) beside float seconds (mtime())");
        }
        return true;
    }

    // ---- scheduling ----

    @Override
    public void schedYield() throws OsException {
        facet(Scheduling.class, "sched_yield").schedYield();
    }

    @Override
    public Set<Integer> schedGetaffinity(long pid) throws OsException {
        pid = Args.pid("sched_getaffinity", pid);
        return facet(Scheduling.class, "sched_getaffinity").schedGetaffinity(pid);
    }

    @Override
    public void schedSetaffinity(long pid, Set<Integer> cpus) throws OsException {
        Set<Integer> copy = Set.copyOf(Args.nonNull("sched_setaffinity", "cpus", cpus));
        for (int cpu : copy) {
            if (cpu < 0) {
                throw new IllegalArgumentException("negative CPU number: " + cpu);
            }
        }
        pid = Args.pid("sched_setaffinity", pid);
        facet(Scheduling.class, "sched_setaffinity").schedSetaffinity(pid, copy);
    }

    @Override
    public int schedGetPriorityMin(int policy) throws OsException {
        return facet(Scheduling.class, "sched_get_priority_min").schedGetPriorityMin(policy);
    }

    @Override
    public int schedGetPriorityMax(int policy) throws OsException {
        return facet(Scheduling.class, "sched_get_priority_max").schedGetPriorityMax(policy);
    }

    @Override
    public int schedGetscheduler(long pid) throws OsException {
        pid = Args.pid("sched_getscheduler", pid);
        return facet(Scheduling.class, "sched_getscheduler").schedGetscheduler(pid);
    }

    @Override
    public void schedSetscheduler(long pid, int policy, SchedParam param) throws OsException {
        Args.nonNull("sched_setscheduler", "param", param);
        facet(Scheduling.class, "sched_setscheduler")
                .schedSetscheduler(Args.pid("sched_setscheduler", pid), policy, param);
    }

    @Override
    public SchedParam schedGetparam(long pid) throws OsException {
        pid = Args.pid("sched_getparam", pid);
        return facet(Scheduling.class, "sched_getparam").schedGetparam(pid);
    }

    @Override
    public void schedSetparam(long pid, SchedParam param) throws OsException {
        Args.nonNull("sched_setparam", "param", param);
        facet(Scheduling.class, "sched_setparam").schedSetparam(Args.pid("sched_setparam", pid), param);
    }

    @Override
    public double schedRrGetInterval(long pid) throws OsException {
        return facet(Scheduling.class, "sched_rr_get_interval")
                .schedRrGetInterval(Args.pid("sched_rr_get_interval", pid));
    }

    @Override
    public int SCHED_OTHER() {
        return constant("SCHED_OTHER");
    }

    @Override
    public int SCHED_FIFO() {
        return constant("SCHED_FIFO");
    }

    @Override
    public int SCHED_RR() {
        return constant("SCHED_RR");
    }

    @Override
    public int SCHED_BATCH() {
        return constant("SCHED_BATCH");
    }

    @Override
    public int SCHED_IDLE() {
        return constant("SCHED_IDLE");
    }

    @Override
    public int SCHED_RESET_ON_FORK() {
        return constant("SCHED_RESET_ON_FORK");
    }

    // ---- dynamic loading flags ----

    @Override
    public int getdlopenflags() {
        return facet(SystemInfo.class, "getdlopenflags").getdlopenflags();
    }

    @Override
    public void setdlopenflags(int flags) {
        facet(SystemInfo.class, "setdlopenflags").setdlopenflags(flags);
    }

    @Override
    public int RTLD_LAZY() {
        return constant("RTLD_LAZY");
    }

    @Override
    public int RTLD_NOW() {
        return constant("RTLD_NOW");
    }

    @Override
    public int RTLD_GLOBAL() {
        return constant("RTLD_GLOBAL");
    }

    @Override
    public int RTLD_LOCAL() {
        return constant("RTLD_LOCAL");
    }

    @Override
    public int RTLD_NODELETE() {
        return constant("RTLD_NODELETE");
    }

    @Override
    public int RTLD_NOLOAD() {
        return constant("RTLD_NOLOAD");
    }

    @Override
    public int RTLD_DEEPBIND() {
        return constant("RTLD_DEEPBIND");
    }

    // ---- exit codes ----

    @Override
    public int EX_OK() {
        return constant("EX_OK");
    }

    @Override
    public int EX_USAGE() {
        return constant("EX_USAGE");
    }

    @Override
    public int EX_DATAERR() {
        return constant("EX_DATAERR");
    }

    @Override
    public int EX_NOINPUT() {
        return constant("EX_NOINPUT");
    }

    @Override
    public int EX_NOUSER() {
        return constant("EX_NOUSER");
    }

    @Override
    public int EX_NOHOST() {
        return constant("EX_NOHOST");
    }

    @Override
    public int EX_UNAVAILABLE() {
        return constant("EX_UNAVAILABLE");
    }

    @Override
    public int EX_SOFTWARE() {
        return constant("EX_SOFTWARE");
    }

    @Override
    public int EX_OSERR() {
        return constant("EX_OSERR");
    }

    @Override
    public int EX_OSFILE() {
        return constant("EX_OSFILE");
    }

    @Override
    public int EX_CANTCREAT() {
        return constant("EX_CANTCREAT");
    }

    @Override
    public int EX_IOERR() {
        return constant("EX_IOERR");
    }

    @Override
    public int EX_TEMPFAIL() {
        return constant("EX_TEMPFAIL");
    }

    @Override
    public int EX_PROTOCOL() {
        return constant("EX_PROTOCOL");
    }

    @Override
    public int EX_NOPERM() {
        return constant("EX_NOPERM");
    }

    @Override
    public int EX_CONFIG() {
        return constant("EX_CONFIG");
    }

    @Override
    public String toString() {
        return "os[" + provider.id() + "]";
    }

    @Override
    public MappedRegion mmap(int fd, long length, int flags, int prot, long offset) throws OsException {
        if (length < 0 || offset < 0) {
            throw new IllegalArgumentException("mmap: length and offset must not be negative");
        }
        return new GuardedRegion(facet(MemoryMaps.class, "mmap").map(fd, length, flags, prot, offset));
    }

    @Override
    public Map<String, Integer> mmapConstants() {
        return Collections.unmodifiableMap(new TreeMap<>(facet(MemoryMaps.class, "mmap").mmapConstants()));
    }
}
