package org.osprey.tempfile.internal;

import java.io.IOException;
import java.lang.ref.Cleaner;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.os.PyRepr;
import org.osprey.tempfile.TextOptions;
import org.osprey.tempfile.internal.io.RawIO;
import org.osprey.tempfile.internal.io.TextIO;

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
            RawIO raw = new RawIO(channel, size -> os.ftruncate(channel.fd(), size));
            return new TextIO(raw, text.encoding(), text.errors(), text.newline(), os.linesep());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
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
