package org.osprey.shutil;

import java.io.IOException;
import java.util.List;

import org.osprey.os.Os;
import org.osprey.shutil.internal.ShutilImpl;

/**
 * Python's {@code shutil} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 */
public interface Shutil {
    /** {@code shutil} over {@link Os#get()}. */
    static Shutil get() {
        return of(Os.get());
    }

    /** {@code shutil} over the given {@code os}. */
    static Shutil of(Os os) {
        return new ShutilImpl(os);
    }

    /** {@code shutil.copyfile(src, dst)}: the contents only (zero-copy in the kernel where the OS can); returns {@code dst}. */
    String copyfile(String src, String dst) throws IOException;

    /** {@code shutil.copytree(src, dst)} with Python's defaults ({@code copy2}, symlinks followed); returns {@code dst}. */
    String copytree(String src, String dst) throws IOException;

    /** {@code shutil.rmtree(path)}: fd-relative where the OS allows, so a swapped-in symlink is never followed. */
    void rmtree(String path) throws IOException;

    // ---- archives (make_archive, unpack_archive, ...) ----

    /** {@code shutil.make_archive(base_name, format)}: archives the current directory; returns the archive's name. */
    default String makeArchive(String baseName, String format) throws IOException {
        return makeArchive(baseName, format, MakeArchiveOptions.DEFAULT);
    }

    /**
     * {@code shutil.make_archive(base_name, format, root_dir, base_dir, dry_run=, owner=, group=)} for
     * {@code zip}, {@code tar}, {@code gztar}, {@code bztar}, {@code xztar} or a registered format. The working
     * directory is never changed; a relative {@code baseName} is relative to it, and with a {@code rootDir} the
     * returned name is absolute (as in Python).
     *
     * @throws IllegalArgumentException for an unknown format (Python's {@code ValueError})
     */
    String makeArchive(String baseName, String format, MakeArchiveOptions options) throws IOException;

    /** {@code shutil.unpack_archive(filename)}: into the current directory, format by extension, 'data' filter. */
    default void unpackArchive(String filename) throws IOException {
        unpackArchive(filename, null, UnpackOptions.DEFAULT);
    }

    /** {@code shutil.unpack_archive(filename, extract_dir)} with the 'data' filter. */
    default void unpackArchive(String filename, String extractDir) throws IOException {
        unpackArchive(filename, extractDir, UnpackOptions.DEFAULT);
    }

    /**
     * {@code shutil.unpack_archive(filename, extract_dir, format, filter=)}. Nothing is ever written outside
     * {@code extractDir}, whatever the filter: members with absolute names, {@code ..} components or a path through
     * a symlink are refused with {@link ArchiveFilterException} (zip members of the first two kinds are skipped, as
     * Python does); see {@link ExtractFilter} for what each filter adds.
     *
     * @throws ArchiveReadException     if the file is not of its format, or no format has its extension
     * @throws IllegalArgumentException for an unknown format name (Python's {@code ValueError})
     */
    void unpackArchive(String filename, String extractDir, UnpackOptions options) throws IOException;

    /** {@code shutil.get_archive_formats()}: sorted by name. */
    List<ArchiveFormat> getArchiveFormats();

    /** {@code shutil.get_unpack_formats()}: sorted by name. */
    List<UnpackFormat> getUnpackFormats();

    /**
     * {@code shutil.register_archive_format(name, function, description=)}; the registry is shared by every
     * {@code Shutil} in the JVM, like Python's module global. An existing format of that name is replaced.
     */
    void registerArchiveFormat(String name, ArchiveMaker function, String description);

    /** {@code shutil.unregister_archive_format(name)}; {@link java.util.NoSuchElementException} if unknown. */
    void unregisterArchiveFormat(String name);

    /**
     * {@code shutil.register_unpack_format(name, extensions, function, description=)}.
     *
     * @throws ArchiveRegistryException if an extension already belongs to a format
     */
    void registerUnpackFormat(String name, List<String> extensions, ArchiveUnpacker function, String description)
            throws ArchiveRegistryException;

    /** {@code shutil.unregister_unpack_format(name)}; {@link java.util.NoSuchElementException} if unknown. */
    void unregisterUnpackFormat(String name);
}
