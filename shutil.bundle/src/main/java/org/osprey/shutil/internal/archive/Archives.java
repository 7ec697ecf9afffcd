package org.osprey.shutil.internal.archive;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;

import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.os.Stat;
import org.osprey.shutil.ArchiveFilterException;
import org.osprey.shutil.ArchiveReadException;
import org.osprey.shutil.MakeArchiveOptions;
import org.osprey.shutil.UnpackOptions;
import org.osprey.shutil.internal.Cancellation;

/** {@code make_archive} and {@code unpack_archive} over one {@code os}: argument handling and format choice. */
public final class Archives {
    private final Os os;

    public Archives(Os os) {
        this.os = Objects.requireNonNull(os, "os");
    }

    /** Python's {@code make_archive}, without ever changing the working directory. */
    public String makeArchive(String baseName, String format, MakeArchiveOptions options) throws IOException {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(options, "options");
        ArchiveRegistry.Maker maker = ArchiveRegistry.maker(format);
        String baseDir = options.baseDir() == null ? os.path().curdir() : options.baseDir();
        requireNoNul(baseName, baseDir, options.rootDir());
        if (options.rootDir() != null && !Stat.S_ISDIR(os.stat(options.rootDir()).mode())) {
            // Python 3.13's NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
            throw new NotADirectoryOsException(os.errno().ENOTDIR(), "Not a directory", options.rootDir(), null);
        }
        return maker.function().make(os, baseName, baseDir, options.withBaseDir(baseDir));
    }

    /** Python's {@code unpack_archive}: by the given format, or by the first format whose extension matches. */
    public void unpackArchive(String filename, String extractDir, UnpackOptions options) throws IOException {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(options, "options");
        String dir = extractDir == null ? os.getcwd() : extractDir;
        requireNoNul(filename, dir, null);
        ArchiveRegistry.Unpacker unpacker;
        if (options.format() != null) {
            unpacker = ArchiveRegistry.unpacker(options.format());
        } else {
            String format = ArchiveRegistry.unpackFormatOf(filename);
            if (format == null) {
                throw new ArchiveReadException("Unknown archive format '" + filename + "'");
            }
            unpacker = ArchiveRegistry.unpacker(format);
        }
        try {
            unpacker.function().unpack(os, filename, dir, options);
        } catch (InterruptedIOException stop) {
            throw Cancellation.adding(stop, "; the members extracted before stay in " + PyRepr.repr(dir));
        } catch (ArchiveFilterException e) {
            throw e.archive() == null ? e.withArchive(filename) : e;
        }
    }

    /**
     * Writes an archive to {@code archiveName} with {@code writer}; if that is stopped, the partial archive is
     * removed (once {@code writer} closed it), not left under its final name.
     */
    static void write(Os os, String archiveName, Cancellation.IoAction writer) throws IOException {
        try {
            writer.run();
        } catch (InterruptedIOException stop) {
            throw Cancellation.removePartial(stop, archiveName, () -> os.unlink(archiveName));
        }
    }

    /** Creates the directory an archive goes into, as Python's makers do. */
    static void makeArchiveDir(Os os, String dir, boolean dryRun) throws IOException {
        if (!dir.isEmpty() && !os.path().exists(dir) && !dryRun) {
            os.makedirs(dir);
        }
    }

    private static void requireNoNul(String a, String b, String c) {
        for (String s : new String[] {a, b, c}) {
            if (s != null && s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("embedded null byte");
            }
        }
    }
}
