package org.osprey.tempfile.internal;

import java.io.IOException;

import org.osprey.os.Os;
import org.osprey.tempfile.TemporaryDirectory;

/** Python's {@code TemporaryDirectory}, its finalizer replaced by explicit {@link #close()}. */
final class TemporaryDirectoryImpl implements TemporaryDirectory {
    private final Os os;
    private final String name;
    private final boolean ignoreCleanupErrors;
    private final boolean delete;
    private boolean cleaned;

    TemporaryDirectoryImpl(Os os, String name, boolean ignoreCleanupErrors, boolean delete) {
        this.os = os;
        this.name = name;
        this.ignoreCleanupErrors = ignoreCleanupErrors;
        this.delete = delete;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void cleanup() throws IOException {
        // as Python: the first cleanup always runs; a later one only if the name exists again
        if (!cleaned || os.path().exists(name)) {
            cleaned = true;
            new CleanupRmtree(os, ignoreCleanupErrors).rmtree(name);
        }
    }

    @Override
    public void close() throws IOException {
        if (delete) {
            cleanup();
        }
    }

    @Override
    public String toString() {
        return "TemporaryDirectory[" + name + "]";
    }
}
