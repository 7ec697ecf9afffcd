package org.osprey.nio;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;

/**
 * Python paths as {@link Path}s, and the checks for what the JDK cannot express: a name its file name
 * charset cannot encode (on POSIX, an undecodable byte kept as a lone surrogate), and a {@code dir_fd}.
 */
final class NioPaths {
    private static final Charset NAMES = Charset.forName(System.getProperty("sun.jnu.encoding",
            Charset.defaultCharset().name()));

    private NioPaths() {
    }

    static Path of(String function, String path) {
        if (!NAMES.newEncoder().canEncode(path)) {
            throw Unsupported.of(function, "the JDK names files in " + NAMES
                    + " and cannot encode this path (a name with undecodable bytes?)");
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw Unsupported.of(function, "the JDK cannot name the path: " + e.getMessage());
        }
    }

    /** The JDK opens every path from the working directory: it has no {@code *at} calls. */
    static void noDirFd(String function, int dirFd) {
        if (dirFd != OsProvider.NO_DIR_FD) {
            throw Unsupported.of(function + " with dir_fd", "java.nio has no calls relative to a directory descriptor");
        }
    }
}
