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
    String make(Os os, String baseName, String baseDir, MakeArchiveOptions options) throws IOException;
}
