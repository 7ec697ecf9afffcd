package org.osprey.shutil.internal.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.osprey.shutil.ArchiveFormat;
import org.osprey.shutil.ArchiveMaker;
import org.osprey.shutil.ArchiveRegistryException;
import org.osprey.shutil.ArchiveUnpacker;
import org.osprey.shutil.UnpackFormat;

/**
 * Python's {@code _ARCHIVE_FORMATS} and {@code _UNPACK_FORMATS}: one registry per class loader, shared by every
 * {@code Shutil} like the module globals it stands for. Registration order is kept for extension lookup.
 */
public final class ArchiveRegistry {
    record Maker(ArchiveMaker function, String description) {
    }

    record Unpacker(List<String> extensions, ArchiveUnpacker function, String description) {
    }

    private static final Map<String, Maker> MAKERS = new LinkedHashMap<>();
    private static final Map<String, Unpacker> UNPACKERS = new LinkedHashMap<>();

    static {
        MAKERS.put("tar", new Maker(new TarMaker(Compression.NONE), "uncompressed tar file"));
        MAKERS.put("gztar", new Maker(new TarMaker(Compression.GZIP), "gzip'ed tar-file"));
        MAKERS.put("zip", new Maker(new ZipMaker(), "ZIP file"));
        MAKERS.put("bztar", new Maker(new TarMaker(Compression.BZIP2), "bzip2'ed tar-file"));
        MAKERS.put("xztar", new Maker(new TarMaker(Compression.XZ), "xz'ed tar-file"));
        TarUnpacker tar = new TarUnpacker();
        UNPACKERS.put("tar", new Unpacker(List.of(".tar"), tar, "uncompressed tar file"));
        UNPACKERS.put("zip", new Unpacker(List.of(".zip"), new ZipUnpacker(), "ZIP file"));
        UNPACKERS.put("gztar", new Unpacker(List.of(".tar.gz", ".tgz"), tar, "gzip'ed tar-file"));
        UNPACKERS.put("bztar", new Unpacker(List.of(".tar.bz2", ".tbz2"), tar, "bzip2'ed tar-file"));
        UNPACKERS.put("xztar", new Unpacker(List.of(".tar.xz", ".txz"), tar, "xz'ed tar-file"));
    }

    private ArchiveRegistry() {
    }

    static synchronized Maker maker(String name) {
        Maker m = MAKERS.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown archive format '" + name + "'");
        }
        return m;
    }

    static synchronized Unpacker unpacker(String name) {
        Unpacker u = UNPACKERS.get(name);
        if (u == null) {
            throw new IllegalArgumentException("Unknown unpack format '" + name + "'");
        }
        return u;
    }

    /** The first registered unpack format with an extension {@code filename} ends with, or null. */
    static synchronized String unpackFormatOf(String filename) {
        for (var e : UNPACKERS.entrySet()) {
            for (String extension : e.getValue().extensions()) {
                if (filename.endsWith(extension)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    public static synchronized List<ArchiveFormat> archiveFormats() {
        List<ArchiveFormat> all = new ArrayList<>();
        MAKERS.forEach((name, m) -> all.add(new ArchiveFormat(name, m.description())));
        all.sort(Comparator.comparing(ArchiveFormat::name));
        return List.copyOf(all);
    }

    public static synchronized List<UnpackFormat> unpackFormats() {
        List<UnpackFormat> all = new ArrayList<>();
        UNPACKERS.forEach((name, u) -> all.add(new UnpackFormat(name, u.extensions(), u.description())));
        all.sort(Comparator.comparing(UnpackFormat::name));
        return List.copyOf(all);
    }

    public static synchronized void registerArchiveFormat(String name, ArchiveMaker function, String description) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        MAKERS.put(name, new Maker(function, description == null ? "" : description));
    }

    public static synchronized void unregisterArchiveFormat(String name) {
        if (MAKERS.remove(name) == null) {
            throw new NoSuchElementException(name);
        }
    }

    /** Python's checks: no extension may belong to two formats (re-registering a name included). */
    public static synchronized void registerUnpackFormat(String name, List<String> extensions,
            ArchiveUnpacker function, String description) throws ArchiveRegistryException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        List<String> exts = List.copyOf(extensions);
        for (String extension : exts) {
            for (var e : UNPACKERS.entrySet()) {
                if (e.getValue().extensions().contains(extension)) {
                    throw new ArchiveRegistryException(extension + " is already registered for \"" + e.getKey() + "\"");
                }
            }
        }
        UNPACKERS.put(name, new Unpacker(exts, function, description == null ? "" : description));
    }

    public static synchronized void unregisterUnpackFormat(String name) {
        if (UNPACKERS.remove(name) == null) {
            throw new NoSuchElementException(name);
        }
    }
}
