package org.osprey.tempfile.internal;

import java.io.IOException;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.tempfile.NamedTemporaryTextFile;
import org.osprey.tempfile.internal.io.TextIO;

/** Python's {@code _TemporaryFileWrapper} over a text file, with its {@link NamedFileCloser}. */
final class NamedTextFileImpl extends TextFileImpl implements NamedTemporaryTextFile {
    private final String name;
    private final byte[] nameb;
    private final NamedFileCloser closer;

    private NamedTextFileImpl(TextIO io, FdChannel channel, String name, byte[] nameb, NamedFileCloser closer)
            throws IOException {
        super(io, channel, closer);
        this.name = name;
        this.nameb = nameb;
        this.closer = closer;
    }

    static NamedTextFileImpl of(Os os, TextIO io, FdChannel channel, String name, boolean delete,
            boolean deleteOnClose) throws IOException {
        return new NamedTextFileImpl(io, channel, name, os.fsencode(name),
                new NamedFileCloser(os, io, name, delete, deleteOnClose));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public byte[] nameb() {
        return PyBytes.copy(nameb);
    }

    @Override
    public void closeFile() throws IOException {
        try {
            closer.close();
        } finally {
            if (closer.done()) {
                deregister();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closer.cleanup();
        } finally {
            deregister();
        }
    }

    @Override
    public String toString() {
        return "NamedTemporaryTextFile[" + name + "]";
    }
}
