package org.osprey.shutil.internal.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.osprey.os.FdChannel;
import org.osprey.os.FsCodec;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.shutil.ArchiveReadException;
import org.osprey.shutil.ArchiveUnpacker;
import org.osprey.shutil.Progress;
import org.osprey.shutil.UnpackOptions;
import org.osprey.shutil.internal.Cancellation;
import org.osprey.shutil.internal.archive.Destination.Parent;

/**
 * {@code unpack_archive} for zip files, as Python's {@code _unpack_zipfile}: directories and file contents only
 * (no modes, times or symlinks), and members with an absolute name or a {@code ..} component skipped. The filter
 * does not apply (Python does not accept one for zip files); the destination's guarantees do.
 */
final class ZipUnpacker implements ArchiveUnpacker {
    /** Python decodes names without the UTF-8 flag as CP437. */
    private static final Charset LEGACY_NAMES = legacyNames();

    private static Charset legacyNames() {
        try {
            return Charset.forName("IBM437");
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }

    @Override
    public void unpack(Os os, String filename, String extractDir, UnpackOptions options) throws IOException {
        try (FdChannel channel = os.fdopen(os.open(filename, os.O_RDONLY()))) {
            ZipFile zip;
            try {
                zip = ZipFile.builder().setSeekableByteChannel(channel).setCharset(LEGACY_NAMES)
                        .setUseUnicodeExtraFields(false).get();
            } catch (IOException e) {
                if (!Extracted.isFormatError(e)) {
                    throw e;
                }
                throw (ArchiveReadException) new ArchiveReadException(filename + " is not a zip file").initCause(e);
            }
            try (ZipFile in = zip; Destination dest = Destination.open(os, extractDir)) {
                for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                    String name = nameOf(e);
                    Cancellation.check(options.progress(), () -> "extracting " + PyRepr.repr(name));
                    if (extract(os, in, dest, e, name, options.progress())) {
                        options.progress().entry(name);
                    }
                }
            } catch (IOException e) {
                if (!Extracted.isFormatError(e)) {
                    throw e;
                }
                throw (ArchiveReadException) new ArchiveReadException(filename + ": " + e.getMessage()).initCause(e);
            }
        }
    }

    /**
     * A member's name as Python's {@code zipfile} reads it: UTF-8 when the entry says so, else CP437; Info-ZIP's
     * Unicode path fields are ignored, as Python does. Bytes that are not UTF-8 are kept as the file name's bytes
     * (surrogateescape), where Python fails with {@code UnicodeDecodeError} and Commons Compress would put in
     * {@code ?}.
     */
    private static String nameOf(ZipArchiveEntry e) {
        byte[] raw = e.getRawName();
        return e.getGeneralPurposeBit().usesUTF8ForNames() ? FsCodec.decode(raw) : new String(raw, LEGACY_NAMES);
    }

    /** Extracts one member; false if it was skipped. */
    private static boolean extract(Os os, ZipFile zip, Destination dest, ZipArchiveEntry e, String name,
            Progress progress) throws IOException {
        if (name.startsWith("/") || ("/" + name + "/").contains("/../")) {
            return false; // as Python: such members are skipped, not refused
        }
        MemberPath path = MemberPath.of(name);
        if (path.isRoot()) {
            return false;
        }
        try {
            if (name.endsWith("/")) {
                dest.makeDirectories(path);
                return true;
            }
            try (Parent parent = dest.parent(path); InputStream data = zip.getInputStream(e)) {
                os.close(Extracted.newFile(os, parent, name, e.getSize(), data, progress));
            }
        } catch (OsException x) {
            throw dest.named(x, path);
        }
        return true;
    }
}
