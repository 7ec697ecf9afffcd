package org.osprey.mmap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osprey.os.Os;
import org.osprey.os.OsException;

/** Files for the tests, written and opened through {@code os} (so each provider's own descriptors are used). */
final class MapFiles {
    private MapFiles() {
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes {@code data} to {@code path} (created or truncated) and returns it open read-write. */
    static int withData(Os os, Path path, byte[] data) throws OsException {
        int fd = os.open(path.toString(), os.O_RDWR() | os.O_CREAT() | os.O_TRUNC(), 0600);
        os.write(fd, data);
        return fd;
    }

    /** The whole file as it is on disk now. */
    static byte[] content(Os os, Path path) throws OsException {
        int fd = os.open(path.toString(), os.O_RDONLY());
        try {
            return os.read(fd, (int) os.fstat(fd).size());
        } finally {
            os.close(fd);
        }
    }
}
