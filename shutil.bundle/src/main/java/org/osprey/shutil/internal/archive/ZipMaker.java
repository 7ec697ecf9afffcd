package org.osprey.shutil.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.os.StatResult;
import org.osprey.os.WalkEntry;
import org.osprey.os.path.OsPath;
import org.osprey.shutil.ArchiveMaker;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.Progress;
import org.osprey.shutil.internal.Cancellation;
import org.osprey.shutil.internal.FileProgress;

/**
 * {@code make_archive(..., 'zip')} as Python's {@code _make_zipfile} does it: an {@code os.walk} of the base
 * directory, directories sorted, symlinks followed (zip has no symlinks; dangling ones are left out), file
 * modes kept in the external attributes, contents deflated.
 */
final class ZipMaker implements ArchiveMaker {
    private static final int BUFFER = 64 * 1024;

    @Override
    public String make(Os os, String baseName, String baseDir, MakeArchiveOptions options) throws IOException {
        OsPath path = os.path();
        String zipName = baseName + ".zip";
        Archives.makeArchiveDir(os, path.dirname(baseName), options.dryRun());
        if (!options.dryRun()) {
            String rootDir = options.rootDir();
            int fd = os.open(zipName, os.O_RDWR() | os.O_CREAT() | os.O_TRUNC(), 0666);
            Archives.write(os, zipName, () -> {
                try (FdChannel channel = os.fdopen(fd);
                        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel)) {
                    new Writer(os, zip, os.fstat(fd), options.progress()).addAll(baseDir, rootDir);
                }
            });
        }
        return options.rootDir() == null ? zipName : path.abspath(zipName);
    }

    /** One zip file being written. */
    private static final class Writer {
        private final Os os;
        private final ZipArchiveOutputStream zip;
        private final StatResult archive;
        private final Progress progress;
        private final byte[] buffer = new byte[BUFFER];

        Writer(Os os, ZipArchiveOutputStream zip, StatResult archive, Progress progress) {
            this.os = os;
            this.zip = zip;
            this.archive = archive;
            this.progress = progress;
        }

        void addAll(String baseDir, String rootDir) throws IOException {
            OsPath path = os.path();
            String arcname = path.normpath(baseDir);
            String base = path.normpath(rootDir == null ? baseDir : path.join(rootDir, baseDir));
            if (!arcname.equals(path.curdir())) {
                add(base, arcname);
            }
            for (WalkEntry entry : os.walk(base)) {
                String dir = entry.dirpath();
                String arcdir = path.normpath(rootDir == null ? dir : path.relpath(dir, rootDir));
                for (String name : entry.dirnames().stream().sorted().toList()) {
                    add(path.join(dir, name), path.join(arcdir, name));
                }
                for (String name : entry.filenames()) {
                    String file = path.normpath(path.join(dir, name));
                    if (path.isfile(file)) {
                        add(file, path.join(arcdir, name));
                    }
                }
            }
        }

        /** Python's {@code ZipFile.write(file, arcname)}: following symlinks. */
        private void add(String file, String arcname) throws IOException {
            Cancellation.check(progress, () -> "archiving " + PyRepr.repr(file));
            StatResult st = os.stat(file);
            if (st.dev() == archive.dev() && st.ino() == archive.ino()) {
                return; // the zip being written
            }
            String name = os.path().normpath(arcname);
            int start = 0;
            while (start < name.length() && name.charAt(start) == '/') {
                start++;
            }
            name = name.substring(start);
            if (TarNames.isBinary(name)) {
                throw new IllegalArgumentException(
                        "zip member names are UTF-8; this name has undecodable bytes: " + List.of(name));
            }
            ZipArchiveEntry e = new ZipArchiveEntry(st.isDir() ? name + "/" : name);
            e.setUnixMode(st.mode() & 0xffff);
            e.setTime(Math.floorDiv(st.mtimeNs(), 1_000_000L));
            if (st.isDir()) {
                e.setMethod(ZipArchiveEntry.STORED);
                e.setSize(0);
                e.setCrc(0);
                zip.putArchiveEntry(e);
                zip.closeArchiveEntry();
                progress.entry(name);
                return;
            }
            e.setMethod(ZipArchiveEntry.DEFLATED);
            zip.putArchiveEntry(e);
            FileProgress watch = FileProgress.start(progress, name, st.size(), "archiving", file, null);
            try (InputStream in = os.fdopen(os.open(file, os.O_RDONLY())).inputStream()) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    zip.write(buffer, 0, n);
                    watch.wrote(n);
                }
            } catch (IOException x) {
                throw watch.whatStopped(x);
            }
            zip.closeArchiveEntry();
            progress.entry(name);
        }
    }
}
