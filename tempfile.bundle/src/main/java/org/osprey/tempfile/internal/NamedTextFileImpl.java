package org.osprey.tempfile.internal;

import java.io.IOException;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.tempfile.NamedTemporaryTextFile;
import org.osprey.io.TextIO;

/** Python's {@code _TemporaryFileWrapper} over a text file: its {@link NamedFileCloser} does the work. */
final class NamedTextFileImpl extends TextFileImpl implements NamedTemporaryTextFile {
    private final NamedFileCloser closer;

    private NamedTextFileImpl(TextIO io, FdChannel channel, NamedFileCloser closer) throws IOException {
        super(io, channel, closer);
        this.closer = closer;
        closer.registeredAs(cleanable());
    }

    static NamedTextFileImpl of(Os os, TextIO io, FdChannel channel, String name, boolean delete,
            boolean deleteOnClose) throws IOException {
        return new NamedTextFileImpl(io, channel, new NamedFileCloser(os, io, name, delete, deleteOnClose));
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
        return "NamedTemporaryTextFile[" + closer.name() + "]";
    }
}
