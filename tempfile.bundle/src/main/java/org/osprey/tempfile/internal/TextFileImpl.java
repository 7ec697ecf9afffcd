package org.osprey.tempfile.internal;

import java.io.IOException;
import java.lang.ref.Cleaner;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.tempfile.TextOptions;
import org.osprey.io.RawIO;
import org.osprey.io.TextIO;

/**
 * {@code TemporaryFile('w+', ...)}: a {@link TextIO} over the descriptor's channel. Collected unclosed, it warns
 * and closes as CPython's {@code TextIOWrapper} does; the {@link TextIO}'s lock keeps that from happening in the
 * middle of a call.
 */
class TextFileImpl extends TextFileBase {
    private final TextIO io;
    private final FdChannel channel;
    private final Cleaner.Cleanable finalizer;

    /** With its own finalizer, which must not reference the object (null: CPython's unclosed-file warning). */
    TextFileImpl(TextIO io, FdChannel channel, Runnable finalizer) throws IOException {
        this.io = io;
        this.channel = channel;
        this.finalizer = Finalizers.register(this, finalizer != null ? finalizer
                : new UnclosedFile(io, "unclosed file <_io.TextIOWrapper name=" + channel.fd() + " mode='w+' encoding="
                        + PyRepr.repr(io.encoding()) + ">"));
    }

    /** The text file over {@code channel}, which is closed if that fails. */
    static TextIO open(Os os, FdChannel channel, TextOptions text) throws IOException {
        try {
            RawIO raw = new RawIO(channel, new DescriptorCalls(os, channel));
            return new TextIO(raw, text.encoding(), text.errors(), text.newline(), os.linesep());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The calls of CPython's {@code FileIO} on the channel's descriptor. */
    private record DescriptorCalls(Os os, FdChannel channel) implements RawIO.File {
        @Override
        public void truncate(long size) throws IOException {
            os.ftruncate(channel.fd(), size);
        }

        @Override
        public long seekEnd() throws IOException {
            return os.lseek(channel.fd(), 0, os.SEEK_END());
        }

        @Override
        public long sizeHint() throws IOException {
            try {
                return os.fstat(channel.fd()).size();
            } catch (UnsupportedOperationException e) {
                // a provider that cannot stat a file whose name is gone; CPython's FileIO tolerates a failed fstat
                return -1;
            }
        }
    }

    @Override
    TextIO io() {
        return io;
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
    public void close() throws IOException {
        try {
            io.close();
        } finally {
            finalizer.clean();
        }
    }

    @Override
    public String toString() {
        return "TemporaryTextFile[" + channel + ", " + io.encoding() + "]";
    }
}
