package org.osprey.shutil.internal.archive;

import static org.osprey.os.PyRepr.repr;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.ArchiveReadException;
import org.osprey.shutil.ArchiveUnpacker;
import org.osprey.shutil.ExtractFilter;
import org.osprey.shutil.internal.Cancellation;
import org.osprey.shutil.internal.archive.Destination.Parent;
import org.osprey.shutil.Progress;
import org.osprey.shutil.UnpackOptions;

/**
 * {@code unpack_archive} for tarballs (compression detected from the data, as Python's {@code tarfile.open}
 * does), applying the extraction filter of PEP 706 member by member. Directories' modes and times are set at the
 * end, deepest first, so that read-only directories can still be filled.
 */
final class TarUnpacker implements ArchiveUnpacker {
    private static final int BUFFER = 64 * 1024;

    @Override
    public void unpack(Os os, String filename, String extractDir, UnpackOptions options) throws IOException {
        int fd = os.open(filename, os.O_RDONLY());
        try (BufferedInputStream file = new BufferedInputStream(os.fdopen(fd).inputStream(), BUFFER)) {
            String notTar = filename + " is not a compressed or uncompressed tar file";
            TarArchiveInputStream tar;
            TarArchiveEntry first;
            try {
                InputStream data = Compression.detect(file).decompress(file);
                tar = new TarArchiveInputStream(data, TarNames.ENCODING);
                first = tar.getNextEntry();
            } catch (IOException e) {
                if (!Extracted.isFormatError(e)) {
                    throw e;
                }
                throw (ArchiveReadException) new ArchiveReadException(notTar).initCause(e);
            }
            if (first == null) {
                throw new ArchiveReadException(notTar + " (no members)");
            }
            try (TarArchiveInputStream in = tar; Destination dest = Destination.open(os, extractDir)) {
                new Extraction(os, in, dest, options).run(first);
            } catch (IOException e) {
                if (!Extracted.isFormatError(e)) {
                    throw e;
                }
                throw (ArchiveReadException) new ArchiveReadException(filename + ": " + e.getMessage()).initCause(e);
            }
        }
    }

    /** A directory whose mode and time are set once everything is in. */
    private record DirAttrs(MemberPath path, Integer mode, long mtimeNs) {
    }

    /** One archive being extracted. */
    private static final class Extraction {
        private final Os os;
        private final TarArchiveInputStream tar;
        private final Destination dest;
        private final ExtractFilter filter;
        private final Progress progress;
        private final List<DirAttrs> directories = new ArrayList<>();
        /** The 'data' filter's link checks; null for the other filters, which let links point anywhere. */
        private final LinkGuard links;

        Extraction(Os os, TarArchiveInputStream tar, Destination dest, UnpackOptions options) throws OsException {
            this.os = os;
            this.tar = tar;
            this.dest = dest;
            this.filter = options.filter();
            this.progress = options.progress();
            this.links = filter == ExtractFilter.DATA ? new LinkGuard(os, dest) : null;
        }

        void run(TarArchiveEntry first) throws IOException {
            try {
                for (TarArchiveEntry e = first; e != null; e = tar.getNextEntry()) {
                    String member = e.getName();
                    Cancellation.check(progress, () -> "extracting " + repr(member));
                    extract(e);
                    progress.entry(e.getName());
                }
            } catch (IOException | RuntimeException e) {
                removeLinksOutside(e);
                throw e;
            }
            ArchiveFilterException escaped = links == null ? null : links.removeOutside();
            setDirectoryAttributes();
            if (escaped != null) {
                throw escaped;
            }
        }

        /** After a failure too, no link made is left resolving outside. */
        private void removeLinksOutside(Exception failure) {
            if (links == null) {
                return;
            }
            try {
                ArchiveFilterException escaped = links.removeOutside();
                if (escaped != null) {
                    failure.addSuppressed(escaped);
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }

        private void setDirectoryAttributes() throws IOException {
            directories.sort(Comparator.comparing((DirAttrs d) -> d.path().relative()).reversed());
            for (DirAttrs d : directories) {
                try {
                    dest.setDirectoryAttributes(d.path(), d.mode(), d.mtimeNs());
                } catch (OsException e) {
                    throw dest.named(e, d.path());
                }
            }
        }

        private void extract(TarArchiveEntry e) throws IOException {
            boolean binary = TarNames.BINARY.equals(e.getExtraPaxHeader(TarNames.HDRCHARSET));
            MemberPath path = MemberPath.of(TarNames.fromHeader(e.getName(), binary));
            try {
                extract(e, path, binary);
            } catch (OsException x) {
                throw dest.named(x, path);
            }
        }

        private void extract(TarArchiveEntry e, MemberPath path, boolean binary) throws IOException {
            String name = path.name();
            boolean special = e.isFIFO() || e.isCharacterDevice() || e.isBlockDevice();
            if (special && filter == ExtractFilter.DATA) {
                throw new ArchiveFilterException(name, repr(name) + " is a special file");
            }
            Integer mode = mode(e);
            long mtimeNs = e.getLastModifiedTime().to(TimeUnit.NANOSECONDS);
            if (path.isRoot()) {
                return; // the destination itself: left as it is
            }
            if (e.isDirectory()) {
                makeDirectory(path, mode);
                directories.add(new DirAttrs(path, mode, mtimeNs));
                return;
            }
            try (Parent parent = dest.parent(path)) {
                if (e.isSymbolicLink()) {
                    String target = TarNames.fromHeader(e.getLinkName(), binary);
                    MemberPath.requireNoNulInLink(name, target);
                    symlink(path, parent, links == null ? target : links.checked(path, target));
                } else if (e.isLink()) {
                    hardLink(path, parent, TarNames.fromHeader(e.getLinkName(), binary), mode, mtimeNs);
                } else if (special) {
                    try {
                        try {
                            makeSpecial(e, parent, mode);
                        } catch (FileExistsOsException exists) {
                            parent.clearLeaf();
                            makeSpecial(e, parent, mode);
                        }
                    } catch (UnsupportedOperationException notHere) {
                        // CPython's ExtractError "fifo (special devices) not supported by system": at the default
                        // errorlevel a non-fatal error, and the member is skipped
                        return;
                    }
                    os.utimeNs(parent.leaf(), mtimeNs, mtimeNs, parent.noFollow());
                } else {
                    int fd = Extracted.newFile(os, parent, name, e.getSize(), tar, progress);
                    try {
                        parent.setAttributes(fd, mode, mtimeNs);
                    } finally {
                        os.close(fd);
                    }
                }
            }
        }

        private void makeSpecial(TarArchiveEntry e, Parent parent, int mode) throws OsException {
            if (e.isFIFO()) {
                os.mkfifo(parent.leaf(), mode, parent.at());
            } else {
                int type = e.isCharacterDevice() ? Stat.S_IFCHR : Stat.S_IFBLK;
                os.mknod(parent.leaf(), type | mode, os.makedev(e.getDevMajor(), e.getDevMinor()), parent.at());
            }
        }

        private void symlink(MemberPath path, Parent parent, String text) throws OsException {
            parent.clearLeaf();
            os.symlink(text, parent.leaf(), false, parent.at());
            if (links != null) {
                links.made(path);
            }
        }

        /** The mode the filter lets through, or null to keep the system's default (directories, symlinks). */
        private Integer mode(TarArchiveEntry e) {
            int mode = e.getMode() & 07777;
            return switch (filter) {
                case FULLY_TRUSTED -> mode;
                case TAR -> mode & 0755;
                case DATA -> {
                    if (e.isDirectory() || e.isSymbolicLink()) {
                        yield null;
                    }
                    mode &= 0755;
                    if ((mode & 0100) == 0) {
                        mode &= ~0111;
                    }
                    yield mode | 0600;
                }
            };
        }

        private void makeDirectory(MemberPath path, Integer mode) throws IOException {
            try (Parent parent = dest.parent(path)) {
                try {
                    os.mkdir(parent.leaf(), mode == null ? 0777 : 0700, parent.at());
                } catch (FileExistsOsException exists) {
                    StatResult st = parent.lstatOrNull();
                    if (st != null && st.isSymlink()) {
                        throw new ArchiveFilterException(path.name(),
                                repr(path.name()) + " would be extracted through a symlink");
                    }
                    if (st == null || !st.isDir()) {
                        throw exists;
                    }
                }
            }
        }

        /**
         * A hard link, whatever the filter, only to a member inside the destination and never via a symlink. A hard
         * link to a symlink is that symlink again, in another directory: under the 'data' filter its text is checked
         * from there, as a symlink member's would be, and it is made as a symlink (as it is where the provider
         * cannot link a symlink itself).
         */
        private void hardLink(MemberPath path, Parent parent, String target, Integer mode, long mtimeNs)
                throws IOException {
            String name = path.name();
            MemberPath targetPath = MemberPath.linkTarget(name, target);
            if (targetPath.isRoot()) {
                throw new ArchiveFilterException(name, repr(name) + " is a hard link to the destination itself");
            }
            try (Parent from = dest.existingParent(targetPath)) {
                StatResult source = from.lstatOrNull();
                if (source != null && source.isSymlink() && (links != null || !dest.linksSymlinks())) {
                    String text = os.readlink(from.leaf(), from.at());
                    symlink(path, parent, links == null ? text : links.checked(path, text));
                    return;
                }
                parent.clearLeaf();
                os.link(from.leaf(), parent.leaf(), from.fd(), parent.fd(), !dest.linksSymlinks());
            } catch (OsException e) {
                throw e.filename() == null ? e : e.withFilenames(dest.pathOf(targetPath), dest.pathOf(path));
            }
            StatResult st = parent.lstatOrNull();
            if (st != null && st.isRegularFile()) {
                int fd = os.open(parent.leaf(), os.O_RDONLY() | os.O_NOFOLLOW(), 0, parent.at());
                try {
                    parent.setAttributes(fd, mode, mtimeNs);
                } finally {
                    os.close(fd);
                }
            }
        }
    }
}
