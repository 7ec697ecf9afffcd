package org.osprey.shutil.internal.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.osprey.os.At;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.os.StatResult;
import org.osprey.os.Stat;
import org.osprey.shutil.ArchiveMaker;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.internal.Cancellation;
import org.osprey.shutil.internal.FileProgress;
import org.osprey.shutil.internal.Owners;

/**
 * {@code make_archive} for the tar formats, like Python's {@code tarfile.add}: members in sorted order per
 * directory, symlinks stored as symlinks, repeated hard links as links, sockets skipped. The tree is read
 * descriptor-relative without following symlinks, one directory open per level.
 */
final class TarMaker implements ArchiveMaker {
    private static final int BUFFER = 64 * 1024;

    private final Compression compression;

    TarMaker(Compression compression) {
        this.compression = compression;
    }

    @Override
    public String make(Os os, String baseName, String baseDir, MakeArchiveOptions options) throws IOException {
        String archiveName = baseName + ".tar" + compression.extension();
        Archives.makeArchiveDir(os, os.path().dirname(archiveName), options.dryRun());
        if (!options.dryRun()) {
            String source = options.rootDir() == null ? baseDir : os.path().join(options.rootDir(), baseDir);
            int fd = os.open(archiveName, os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC(), 0666);
            Archives.write(os, archiveName, () -> {
                try (OutputStream file = new BufferedOutputStream(os.fdopen(fd).outputStream(), BUFFER);
                        OutputStream compressed = compression.compress(file);
                        TarArchiveOutputStream tar = new TarArchiveOutputStream(compressed, TarNames.ENCODING)) {
                    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
                    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                    new Writer(os, tar, os.fstat(fd), options).addTop(source, stripLeadingSlashes(baseDir));
                }
            });
        }
        return options.rootDir() == null ? archiveName : os.path().abspath(archiveName);
    }

    private static String stripLeadingSlashes(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '/') {
            i++;
        }
        return name.substring(i);
    }

    /**
     * A directory being archived: held open where the provider has directory descriptors (a symlink swapped in
     * for it meanwhile is not followed), else known by its path. Calls take {@code name(child)} and {@code at()}.
     */
    private record Dir(Os os, int fd, String path) implements AutoCloseable {
        static Dir open(Os os, String path) throws OsException {
            return DirFds.usable(os) ? new Dir(os, os.open(path, os.O_RDONLY() | os.O_DIRECTORY()), path)
                    : new Dir(os, At.NO_DIR_FD, path);
        }

        /** The subdirectory {@code name} (an lstat found a directory there), opened without following a link. */
        Dir child(String name) throws OsException {
            String path = os.path().join(this.path, name);
            return fd == At.NO_DIR_FD ? new Dir(os, At.NO_DIR_FD, path)
                    : new Dir(os, os.open(name, os.O_RDONLY() | os.O_DIRECTORY() | os.O_NOFOLLOW(), 0, at()), path);
        }

        String name(String child) {
            return fd == At.NO_DIR_FD ? os.path().join(path, child) : child;
        }

        At at() {
            return At.dirFd(fd);
        }

        List<String> list() throws OsException {
            return fd == At.NO_DIR_FD ? os.listdir(path) : os.listdir(fd);
        }

        @Override
        public void close() throws OsException {
            if (fd != At.NO_DIR_FD) {
                os.close(fd);
            }
        }
    }

    /** One archive being written. */
    private static final class Writer {
        private final Os os;
        private final TarArchiveOutputStream tar;
        private final StatResult archive;
        private final Owners owners;
        private final Long uid;
        private final Long gid;
        private final MakeArchiveOptions options;
        /** Archive names of files with more than one link, by inode: later ones become hard links. */
        private final Map<List<Long>, String> linked = new HashMap<>();
        private final byte[] buffer = new byte[BUFFER];

        Writer(Os os, TarArchiveOutputStream tar, StatResult archive, MakeArchiveOptions options)
                throws IOException {
            this.os = os;
            this.tar = tar;
            this.archive = archive;
            this.options = options;
            this.owners = new Owners(os);
            this.uid = owners.uid(options.owner());
            this.gid = owners.gid(options.group());
        }

        void addTop(String source, String arcname) throws IOException {
            StatResult st = os.lstat(source);
            if (st.isDir()) {
                addDirectory(st, arcname, Dir.open(os, source));
            } else {
                String parent = os.path().dirname(source);
                try (Dir dir = Dir.open(os, parent.isEmpty() ? "." : parent)) {
                    add(dir, os.path().basename(source), st, arcname);
                }
            }
        }

        private void add(Dir dir, String name, StatResult st, String arcname) throws IOException {
            Cancellation.check(options.progress(), () -> "archiving " + PyRepr.repr(arcname));
            if (st.dev() == archive.dev() && st.ino() == archive.ino()) {
                return; // the archive being written, as Python skips it
            }
            int mode = st.mode();
            if (Stat.S_ISDIR(mode)) {
                addDirectory(st, arcname, dir.child(name));
            } else if (Stat.S_ISREG(mode)) {
                addFile(dir, name, st, arcname);
            } else if (Stat.S_ISLNK(mode)) {
                TarArchiveEntry e = entry(arcname, TarConstants.LF_SYMLINK, st);
                String target = os.readlink(dir.name(name), dir.at());
                e.setLinkName(TarNames.toHeader(target));
                markBinary(e, target);
                put(e);
            } else if (Stat.S_ISFIFO(mode)) {
                put(entry(arcname, TarConstants.LF_FIFO, st));
            } else if (Stat.S_ISCHR(mode) || Stat.S_ISBLK(mode)) {
                TarArchiveEntry e = entry(arcname, Stat.S_ISCHR(mode) ? TarConstants.LF_CHR : TarConstants.LF_BLK, st);
                e.setDevMajor((int) os.major(st.rdev()));
                e.setDevMinor((int) os.minor(st.rdev()));
                put(e);
            }
            // sockets and anything else have no tar form: skipped, as by Python
        }

        private void addDirectory(StatResult st, String arcname, Dir dir) throws IOException {
            try (dir) {
                put(entry(arcname.endsWith("/") ? arcname : arcname + "/", TarConstants.LF_DIR, st));
                List<String> names = dir.list().stream().sorted().toList();
                for (String child : names) {
                    StatResult cst = os.lstat(dir.name(child), dir.at().noFollowSymlinks());
                    add(dir, child, cst, arcname.isEmpty() || arcname.endsWith("/") ? arcname + child
                            : arcname + "/" + child);
                }
            }
        }

        private void addFile(Dir dir, String name, StatResult st, String arcname) throws IOException {
            List<Long> inode = List.of(st.ino(), st.dev());
            String first = st.nlink() > 1 ? linked.get(inode) : null;
            if (first != null && !first.equals(arcname)) {
                TarArchiveEntry e = entry(arcname, TarConstants.LF_LINK, st);
                e.setLinkName(TarNames.toHeader(first));
                markBinary(e, first);
                put(e);
                return;
            }
            if (st.nlink() > 1) {
                linked.put(inode, arcname);
            }
            int fd = os.open(dir.name(name), os.O_RDONLY() | os.O_NOFOLLOW(), 0, dir.at());
            try (InputStream in = os.fdopen(fd).inputStream()) {
                TarArchiveEntry e = entry(arcname, TarConstants.LF_NORMAL, st);
                e.setSize(st.size());
                tar.putArchiveEntry(e);
                FileProgress watch = FileProgress.start(options.progress(), arcname, st.size(), "archiving",
                        arcname, null);
                long left = st.size();
                try {
                    while (left > 0) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) {
                            throw new IOException("file shrank while being archived: " + arcname);
                        }
                        tar.write(buffer, 0, n);
                        watch.wrote(n);
                        left -= n;
                    }
                } catch (IOException x) {
                    throw watch.whatStopped(x);
                }
                tar.closeArchiveEntry();
                options.progress().entry(arcname);
            }
        }

        private TarArchiveEntry entry(String arcname, byte type, StatResult st) throws IOException {
            TarArchiveEntry e = new TarArchiveEntry(TarNames.toHeader(arcname), type, true);
            markBinary(e, arcname);
            e.setMode(Stat.S_IMODE(st.mode()));
            e.setModTime(Math.floorDiv(st.mtimeNs(), 1_000_000_000L) * 1000);
            e.setUserId(uid != null ? uid : st.uid());
            e.setGroupId(gid != null ? gid : st.gid());
            e.setUserName(TarNames.toHeader(uid != null ? options.owner() : owners.userName(st.uid())));
            e.setGroupName(TarNames.toHeader(gid != null ? options.group() : owners.groupName(st.gid())));
            return e;
        }

        private static void markBinary(TarArchiveEntry e, String name) {
            if (TarNames.isBinary(name)) {
                e.addPaxHeader(TarNames.HDRCHARSET, TarNames.BINARY);
            }
        }

        private void put(TarArchiveEntry e) throws IOException {
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
            options.progress().entry(e.getName());
        }
    }
}
