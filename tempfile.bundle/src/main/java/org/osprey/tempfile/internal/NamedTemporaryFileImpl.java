package org.osprey.tempfile.internal;

import java.io.IOException;

import org.osprey.os.FdChannel;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.tempfile.NamedTemporaryFile;

/** Python's {@code _TemporaryFileWrapper} with its {@code _TemporaryFileCloser}. */
final class NamedTemporaryFileImpl extends FdTemporaryFile implements NamedTemporaryFile {
    private final Os os;
    private final String name;
    private final boolean delete;
    private final boolean deleteOnClose;
    private boolean closeCalled;
    private boolean cleanupCalled;

    NamedTemporaryFileImpl(Os os, FdChannel channel, String name, boolean delete, boolean deleteOnClose) {
        super(channel);
        this.os = os;
        this.name = name;
        this.delete = delete;
        this.deleteOnClose = deleteOnClose;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void closeFile() throws IOException {
        if (closeCalled) {
            return;
        }
        closeCalled = true;
        try {
            super.close();
        } finally {
            if (delete && deleteOnClose) {
                close();
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (cleanupCalled) {
            return;
        }
        cleanupCalled = true;
        try {
            if (!closeCalled) {
                closeCalled = true;
                super.close();
            }
        } finally {
            if (delete) {
                unlinkIfPresent();
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

    @Override
    public String toString() {
        return "NamedTemporaryFile[" + name + "]";
    }
}
