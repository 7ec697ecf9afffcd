package org.osprey.tempfile.internal;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.channels.Channel;

import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;

/**
 * Python's {@code _TemporaryFileCloser}: closes a named temporary file once and removes it once, whichever of
 * {@code close()}, leaving the {@code with} block or collection (as its {@code __del__}, silently) comes first.
 * It holds the file and its name, never the object it closes for, and serves that object's {@code name},
 * {@code close()} and {@code with} block, binary or text alike.
 */
final class NamedFileCloser implements Runnable {
    private final Os os;
    private final Channel file;
    private final String name;
    private final byte[] nameb;
    private final boolean delete;
    private final boolean deleteOnClose;
    private Cleaner.Cleanable registration;
    private boolean closeCalled;
    private boolean cleanupCalled;

    NamedFileCloser(Os os, Channel file, String name, boolean delete, boolean deleteOnClose) {
        this.os = os;
        this.file = file;
        this.name = name;
        this.nameb = os.fsencode(name);
        this.delete = delete;
        this.deleteOnClose = deleteOnClose;
    }

    /** Where the owner registered this as its finalizer: dropped once nothing is left to do. */
    synchronized void registeredAs(Cleaner.Cleanable cleanable) {
        this.registration = cleanable;
    }

    String name() {
        return name;
    }

    byte[] nameb() {
        return PyBytes.copy(nameb);
    }

    /** Python's {@code close()}: closes the file, and removes it if {@code delete} and {@code delete_on_close}. */
    synchronized void close() throws IOException {
        if (closeCalled) {
            return;
        }
        closeCalled = true;
        try {
            file.close();
        } finally {
            if (delete && deleteOnClose) {
                cleanup();
            }
        }
    }

    /** Leaving the {@code with} block: closes the file if still open, and removes it if {@code delete}. */
    synchronized void cleanup() throws IOException {
        if (cleanupCalled) {
            return;
        }
        cleanupCalled = true;
        try {
            if (!closeCalled) {
                closeCalled = true;
                file.close();
            }
        } finally {
            try {
                if (delete) {
                    unlinkIfPresent();
                }
            } finally {
                if (registration != null) {
                    registration.clean(); // runs this again, which finds nothing to do
                }
            }
        }
    }

    private void unlinkIfPresent() throws IOException {
        try {
            os.unlink(name);
        } catch (FileNotFoundOsException e) {
            // removed by someone else already: what was asked for is done
        }
    }

    /** {@code __del__}: as leaving the block; CPython gives no warning here. */
    @Override
    public void run() {
        try {
            cleanup();
        } catch (IOException | RuntimeException e) {
            Finalizers.exceptionIgnored("<tempfile._TemporaryFileCloser>", e);
        }
    }
}
