package org.osprey.shutil;

import java.io.IOException;

/**
 * Python's {@code onexc} (and {@code onerror}) argument of {@code rmtree}: hears each error and may throw to stop.
 * {@code function} names the call that failed as Python does ({@code "os.unlink"}, {@code "os.rmdir"},
 * {@code "os.open"}, {@code "os.lstat"}, {@code "os.scandir"}, {@code "os.path.islink"}, {@code "os.close"}).
 */
@FunctionalInterface
public interface RmtreeErrorHandler {
    /**
     * Hears an error of {@code rmtree}: Python's {@code onexc(function, path, excinfo)}.
     *
     * @param function the Python call that failed
     * @param path the path it failed on
     * @param error the error
     * @throws IOException to stop {@code rmtree} with it
     */
    void handle(String function, String path, IOException error) throws IOException;
}
