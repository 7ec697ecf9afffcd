package org.osprey.shutil;

import java.io.IOException;

import org.osprey.os.Os;

/**
 * The callable of {@code shutil.register_unpack_format}: unpacks {@code filename} into {@code extractDir}. It
 * throws {@link ArchiveReadException} for a file it cannot read, and applies {@code options.filter()}.
 */
@FunctionalInterface
public interface ArchiveUnpacker {
    /**
     * Unpacks {@code filename} into {@code extractDir}.
     *
     * @param os the {@code os} to write the files through
     * @param filename the archive
     * @param extractDir the directory to unpack into
     * @param options {@code format} and {@code filter}
     * @throws IOException if the archive cannot be read or a file cannot be written
     */
    void unpack(Os os, String filename, String extractDir, UnpackOptions options) throws IOException;
}
