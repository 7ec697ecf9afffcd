package org.osprey.nio;

import static org.osprey.nio.NioPaths.noDirFd;
import static org.osprey.nio.NioPlatform.ERRORS;

import java.io.IOException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.Unsupported;

/** Files by path through {@link java.nio.file.Files}; each call is one JDK call, errors through {@code NioErrors}. */
final class NioFiles implements org.osprey.os.spi.Files {
    /** An operation on a path that may fail with an {@link IOException}. */
    private interface PathCall<T> {
        T call(Path path) throws IOException;
    }

    private static <T> T on(String function, String path, PathCall<T> call) throws OsException {
        Path p = NioPaths.of(function, path);
        try {
            return call.call(p);
        } catch (IOException e) {
            throw ERRORS.translate(e, path, null);
        }
    }

    @Override
    public StatResult stat(String path, int dirFd, boolean followSymlinks) throws OsException {
        noDirFd("stat", dirFd);
        StatResult s = on("stat", path, p -> NioStat.stat(p, followSymlinks));
        // java.nio drops a trailing slash, which asks the kernel for a directory
        if (path.length() > 1 && path.endsWith("/") && (s.mode() & 0170000) != 0040000) {
            throw ERRORS.error("ENOTDIR", path);
        }
        return s;
    }

    @Override
    public boolean access(String path, int mode, int dirFd, boolean effectiveIds, boolean followSymlinks) {
        noDirFd("access", dirFd);
        if (effectiveIds) {
            throw Unsupported.of("access with effective_ids", "the JDK checks access with the real ids only");
        }
        Path p = NioPaths.of("access", path);
        if (!followSymlinks) {
            if (mode != Os.F_OK) {
                throw Unsupported.of("access with follow_symlinks=False", "the JDK checks access through links");
            }
            return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        }
        List<AccessMode> modes = new ArrayList<>();
        if ((mode & Os.R_OK) != 0) {
            modes.add(AccessMode.READ);
        }
        if ((mode & Os.W_OK) != 0) {
            modes.add(AccessMode.WRITE);
        }
        if ((mode & Os.X_OK) != 0) {
            modes.add(AccessMode.EXECUTE);
        }
        try {
            p.getFileSystem().provider().checkAccess(p, modes.toArray(AccessMode[]::new));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String getcwd() {
        return NioPaths.name(Path.of("").toAbsolutePath());
    }

    @Override
    public void chdir(String path) {
        throw Unsupported.of("chdir", "the JVM cannot change its working directory (the JDK keeps user.dir)");
    }

    @Override
    public DirStream opendir(String path) throws OsException {
        return on("listdir", path, p -> {
            // the JDK opens without O_DIRECTORY: a named pipe's open would block until a writer came
            if (!Files.readAttributes(p, BasicFileAttributes.class).isDirectory()) {
                throw ERRORS.error("ENOTDIR", path);
            }
            return new NioDirStream(p, Files.newDirectoryStream(p));
        });
    }

    @Override
    public void mkdir(String path, int mode, int dirFd) throws OsException {
        noDirFd("mkdir", dirFd);
        on("mkdir", path, p -> Files.createDirectory(p, permissions(mode)));
    }

    /** The permission bits of {@code mode}, which the JDK passes on, masked by the umask as usual. */
    static FileAttribute<?>[] permissions(int mode) {
        if (NioPlatform.WINDOWS) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissionSet(mode))};
    }

    private static Set<PosixFilePermission> permissionSet(int mode) {
        Set<PosixFilePermission> set = java.util.EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : PosixFilePermission.values()) {
            if ((mode & (0400 >> p.ordinal())) != 0) {
                set.add(p);
            }
        }
        return set;
    }

    @Override
    public void rmdir(String path, int dirFd) throws OsException {
        noDirFd("rmdir", dirFd);
        removeIf("rmdir", path, true);
    }

    @Override
    public void unlink(String path, int dirFd) throws OsException {
        noDirFd("unlink", dirFd);
        removeIf("unlink", path, false);
    }

    /** {@code Files.delete} removes either kind: rmdir and unlink check the kind first, as their calls do. */
    private static void removeIf(String function, String path, boolean directory) throws OsException {
        on(function, path, p -> {
            boolean isDirectory = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isDirectory();
            if (isDirectory != directory) {
                throw ERRORS.error(directory ? "ENOTDIR" : "EISDIR", path);
            }
            Files.delete(p);
            return null;
        });
    }

    @Override
    public void rename(String src, String dst, int srcDirFd, int dstDirFd) throws OsException {
        noDirFd("rename", srcDirFd);
        noDirFd("rename", dstDirFd);
        Path from = NioPaths.of("rename", src);
        Path to = NioPaths.of("rename", dst);
        try {
            // an atomic move is rename(2): it replaces dst, and fails across file systems
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw ERRORS.translate(e, src, dst);
        }
    }

    @Override
    public void symlink(String target, String linkPath, boolean targetIsDirectory, int dirFd) throws OsException {
        noDirFd("symlink", dirFd);
        Path to = NioPaths.of("symlink", target);
        if (!NioPaths.name(to).equals(target)) {
            throw Unsupported.of("symlink", "java.nio would store the target normalised, as " + to);
        }
        Path link = NioPaths.of("symlink", linkPath);
        try {
            Files.createSymbolicLink(link, to);
        } catch (IOException e) {
            throw ERRORS.translate(e, target, linkPath);
        }
    }

    @Override
    public String readlink(String path, int dirFd) throws OsException {
        noDirFd("readlink", dirFd);
        return on("readlink", path, p -> NioPaths.name(Files.readSymbolicLink(p)));
    }

    @Override
    public void link(String src, String dst, int srcDirFd, int dstDirFd, boolean followSymlinks)
            throws OsException {
        noDirFd("link", srcDirFd);
        noDirFd("link", dstDirFd);
        if (!followSymlinks) {
            throw Unsupported.of("link with follow_symlinks=False", "the JDK's createLink does not say");
        }
        Path existing = NioPaths.of("link", src);
        Path link = NioPaths.of("link", dst);
        try {
            // link(2) does not follow a symlink on Linux: resolve it, as linkat(AT_SYMLINK_FOLLOW) does
            Path target = Files.isSymbolicLink(existing) ? existing.toRealPath() : existing;
            Files.createLink(link, target);
        } catch (IOException e) {
            throw ERRORS.translate(e, src, dst);
        }
    }

    @Override
    public void chmod(String path, int mode, int dirFd, boolean followSymlinks) throws OsException {
        noDirFd("chmod", dirFd);
        if (!followSymlinks) {
            throw Unsupported.of("chmod with follow_symlinks=False", "the JDK has no lchmod");
        }
        if (NioPlatform.WINDOWS) {
            throw Unsupported.of("chmod", "the JDK sets no mode bits on Windows");
        }
        on("chmod", path, p -> Files.setAttribute(p, NioStat.UNIX ? "unix:mode" : "posix:permissions",
                NioStat.UNIX ? (Object) (mode & 07777) : permissionSet(mode)));
    }

    @Override
    public void utime(String path, long[] timesNs, int dirFd, boolean followSymlinks) throws OsException {
        noDirFd("utime", dirFd);
        if (timesNs != null) {
            for (long t : timesNs) {
                if (t < 0 && t % 1_000_000_000L != 0) {
                    throw Unsupported.of("utime", "the JDK sets a time before 1970 with a fraction of a second"
                            + " to 1970 itself");
                }
                if (!followSymlinks && t % 1000 != 0) {
                    throw Unsupported.of("utime with follow_symlinks=False", "the JDK sets a link's own times"
                            + " in microseconds (lutimes)");
                }
            }
        }
        on("utime", path, p -> {
            BasicFileAttributeView view = Files.getFileAttributeView(p, BasicFileAttributeView.class,
                    NioStat.options(followSymlinks));
            FileTime now = FileTime.from(java.time.Instant.now());
            FileTime atime = timesNs == null ? now : FileTime.from(timesNs[0], TimeUnit.NANOSECONDS);
            FileTime mtime = timesNs == null ? now : FileTime.from(timesNs[1], TimeUnit.NANOSECONDS);
            view.setTimes(mtime, atime, null);
            return null;
        });
    }

    @Override
    public void truncate(String path, long length) throws OsException {
        on("truncate", path, p -> {
            try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
                Channels.truncate(channel, length);
            }
            return null;
        });
    }
}
