package org.osprey.shutil;

import java.io.IOException;

import org.osprey.os.Os;

/**
 * The callable of {@code shutil.register_unpack_format}: unpacks {@code filename} into {@code extractDir}. It
 * throws {@link ArchiveReadException} for a file it cannot read, and applies {@code options.filter()}.
 */
@FunctionalInterface
public interface ArchiveUnpacker {
    void unpack(Os os, String filename, String extractDir, UnpackOptions options) throws IOException;
}
