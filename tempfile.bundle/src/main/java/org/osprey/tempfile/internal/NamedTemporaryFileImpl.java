package org.osprey.tempfile.internal;

import java.io.IOException;
import java.lang.ref.Reference;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.tempfile.NamedTemporaryFile;

/** Python's {@code _TemporaryFileWrapper} over a binary file, with its {@link NamedFileCloser}. */
final class NamedTemporaryFileImpl extends FdTemporaryFile implements NamedTemporaryFile {
    private final String name;
    private final byte[] nameb;
    private final NamedFileCloser closer;

    private NamedTemporaryFileImpl(FdChannel channel, String name, byte[] nameb, NamedFileCloser closer) {
        super(channel, closer);
        this.name = name;
        this.nameb = nameb;
        this.closer = closer;
    }

    static NamedTemporaryFileImpl of(Os os, FdChannel channel, String name, boolean delete, boolean deleteOnClose) {
        return new NamedTemporaryFileImpl(channel, name, os.fsencode(name),
                new NamedFileCloser(os, channel, name, delete, deleteOnClose));
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
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closer.cleanup();
        } finally {
            deregister();
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public String toString() {
        return "NamedTemporaryFile[" + name + "]";
    }
}
