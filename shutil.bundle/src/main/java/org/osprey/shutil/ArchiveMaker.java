package org.osprey.shutil;

import java.io.IOException;

import org.osprey.os.Os;

/**
 * The callable of {@code shutil.register_archive_format}: makes an archive and returns its file name. It is
 * always given {@code root_dir} in {@code options} (Python's {@code supports_root_dir = True}); Python's
 * {@code extra_args} are whatever the implementation captures.
 */
@FunctionalInterface
public interface ArchiveMaker {
    /**
     * {@return the archive's file name} Makes the archive of {@code baseDir} named after {@code baseName}.
     *
     * @param os the {@code os} to read the files through
     * @param baseName the archive's name without its extension
     * @param baseDir the directory archived, relative to {@code options.rootDir()}
     * @param options {@code root_dir}, {@code dry_run}, {@code owner}, {@code group}
     * @throws IOException if the archive cannot be written
     */
    String make(Os os, String baseName, String baseDir, MakeArchiveOptions options) throws IOException;
}
