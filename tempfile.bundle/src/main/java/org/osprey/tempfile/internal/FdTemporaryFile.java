package org.osprey.tempfile.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.osprey.os.FdChannel;
import org.osprey.tempfile.TemporaryFile;

/** A {@link TemporaryFile} over the {@link FdChannel} that owns its descriptor. */
class FdTemporaryFile implements TemporaryFile {
    private final FdChannel channel;

    FdTemporaryFile(FdChannel channel) {
        this.channel = channel;
    }

    @Override
    public int fileno() throws IOException {
        return channel.fd();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return channel.write(src);
    }

    @Override
    public long position() throws IOException {
        return channel.position();
    }

    @Override
    public FdTemporaryFile position(long newPosition) throws IOException {
        channel.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public FdTemporaryFile truncate(long size) throws IOException {
        channel.truncate(size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "TemporaryFile[" + channel + "]";
    }
}
