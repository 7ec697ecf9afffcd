package org.osprey.nio;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.osprey.os.spi.OsProvider;
import org.osprey.os.spi.Unsupported;
import org.osprey.os.spi.support.JdkPaths;

/**
 * Python paths as {@link Path}s and back, losslessly ({@link JdkPaths}: on POSIX the bytes of
 * a name, undecodable ones as lone surrogates, whatever {@code sun.jnu.encoding} is), and the check for what the
 * JDK cannot express, a {@code dir_fd}.
 */
final class NioPaths {
    private NioPaths() {
    }

    static Path of(String function, String path) {
        try {
            return JdkPaths.toPath(path);
        } catch (InvalidPathException e) {
            throw Unsupported.of(function, "the JDK cannot name the path: " + e.getMessage());
        }
    }

    /** The Python string of a JDK path: its bytes, never U+FFFD for what {@code toString} cannot decode. */
    static String name(Path path) {
        return JdkPaths.fspath(path);
    }

    /** The JDK opens every path from the working directory: it has no {@code *at} calls. */
    static void noDirFd(String function, int dirFd) {
        if (dirFd != OsProvider.NO_DIR_FD) {
            throw Unsupported.of(function + " with dir_fd", "java.nio has no calls relative to a directory descriptor");
        }
    }
}
