package org.osprey.tempfile.internal;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;

import org.osprey.os.FdChannel;
import org.osprey.tempfile.TemporaryFile;

/**
 * A {@link TemporaryFile} over the {@link FdChannel} that owns its descriptor. Collected unclosed, it warns and
 * closes the descriptor as CPython's unbuffered {@code FileIO} does. Every method keeps the object reachable
 * until the descriptor is no longer in use, so that the cleaner cannot close it (and the number be reused) in the
 * middle of a call.
 */
class FdTemporaryFile implements TemporaryFile {
    private final FdChannel channel;
    private final Cleaner.Cleanable finalizer;

    FdTemporaryFile(FdChannel channel) throws IOException {
        this.channel = channel;
        this.finalizer = Finalizers.register(this,
                new UnclosedFile(channel, "unclosed file <_io.FileIO name=" + channel.fd() + " mode='rb+' closefd=True>"));
    }

    /** With its own finalizer, which must not reference the object. */
    FdTemporaryFile(FdChannel channel, Runnable finalizer) {
        this.channel = channel;
        this.finalizer = Finalizers.register(this, finalizer);
    }

    /** Where the finalizer is registered: {@code clean()} once the resources are released leaves it nothing to do. */
    final Cleaner.Cleanable cleanable() {
        return finalizer;
    }

    @Override
    public int fileno() throws IOException {
        return channel.fd();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        try {
            return channel.read(dst);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        try {
            return channel.write(src);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public long position() throws IOException {
        try {
            return channel.position();
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public FdTemporaryFile position(long newPosition) throws IOException {
        channel.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        try {
            return channel.size();
        } finally {
            Reference.reachabilityFence(this);
        }
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
        try {
            channel.close();
        } finally {
            finalizer.clean();
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public String toString() {
        return "TemporaryFile[" + channel + "]";
    }
}
