package org.osprey.tempfile.internal;

import java.io.IOException;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.tempfile.NamedTemporaryFile;

/** Python's {@code _TemporaryFileWrapper} over a binary file: its {@link NamedFileCloser} does the work. */
final class NamedTemporaryFileImpl extends FdTemporaryFile implements NamedTemporaryFile {
    private final NamedFileCloser closer;

    private NamedTemporaryFileImpl(FdChannel channel, NamedFileCloser closer) {
        super(channel, closer);
        this.closer = closer;
        closer.registeredAs(cleanable());
    }

    static NamedTemporaryFileImpl of(Os os, FdChannel channel, String name, boolean delete, boolean deleteOnClose) {
        return new NamedTemporaryFileImpl(channel, new NamedFileCloser(os, channel, name, delete, deleteOnClose));
    }

    @Override
    public String name() {
        return closer.name();
    }

    @Override
    public byte[] nameb() {
        return closer.nameb();
    }

    @Override
    public void closeFile() throws IOException {
        closer.close();
    }

    @Override
    public void close() throws IOException {
        closer.cleanup();
    }

    @Override
    public String toString() {
        return "NamedTemporaryFile[" + closer.name() + "]";
    }
}
