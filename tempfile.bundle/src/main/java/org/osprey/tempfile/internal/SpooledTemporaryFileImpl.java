package org.osprey.tempfile.internal;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

import org.osprey.tempfile.SpooledTemporaryFile;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.TemporaryFile;

/**
 * Python's {@code SpooledTemporaryFile}: a {@link MemoryChannel} until it rolls over to a real file. Collected
 * unclosed, it warns {@code Unclosed file <tempfile.SpooledTemporaryFile object at 0x...>} and closes what it
 * holds, as its {@code __del__} does.
 */
final class SpooledTemporaryFileImpl implements SpooledTemporaryFile {
    private final TempfileImpl tempfile;
    private final TempOptions options;
    private final long maxSize;
    private final UnclosedFile finalizer;
    private final Cleaner.Cleanable cleanable;
    private MemoryChannel memory = new MemoryChannel();
    private TemporaryFile file;

    SpooledTemporaryFileImpl(TempfileImpl tempfile, long maxSize, TempOptions options) {
        this.tempfile = tempfile;
        this.maxSize = maxSize;
        this.options = options;
        this.finalizer = new UnclosedFile(memory, "Unclosed file " + pythonRepr(this));
        this.cleanable = Finalizers.register(this, finalizer);
    }

    /** CPython's default {@code repr()} of an object of this class, an identity hash for its address. */
    static String pythonRepr(Object spooled) {
        return "<tempfile.SpooledTemporaryFile object at 0x" + Integer.toHexString(System.identityHashCode(spooled))
                + ">";
    }

    private SeekableByteChannel current() {
        return file != null ? file : memory;
    }

    @Override
    public synchronized void rollover() throws IOException {
        if (file != null) {
            return;
        }
        TemporaryFile rolled = tempfile.temporaryFile(options);
        try {
            ByteBuffer contents = memory.contents();
            while (contents.hasRemaining()) {
                rolled.write(contents);
            }
            rolled.position(memory.position());
        } catch (IOException | RuntimeException e) {
            rolled.close();
            throw e;
        }
        finalizer.moveTo(rolled); // held there, the rolled file is closed by this object's finalizer, not its own
        file = rolled;
        memory = null;
    }

    @Override
    public synchronized boolean rolled() {
        return file != null;
    }

    @Override
    public synchronized int fileno() throws IOException {
        rollover();
        return file.fileno();
    }

    @Override
    public synchronized int read(ByteBuffer dst) throws IOException {
        return current().read(dst);
    }

    @Override
    public synchronized int write(ByteBuffer src) throws IOException {
        int n = current().write(src);
        // as Python: the position, not the size, decides (a write far past max_size after a seek rolls over too)
        if (file == null && maxSize > 0 && memory.position() > maxSize) {
            rollover();
        }
        return n;
    }

    @Override
    public synchronized long position() throws IOException {
        return current().position();
    }

    @Override
    public synchronized SpooledTemporaryFileImpl position(long newPosition) throws IOException {
        current().position(newPosition);
        return this;
    }

    @Override
    public synchronized long size() throws IOException {
        return current().size();
    }

    @Override
    public synchronized SpooledTemporaryFileImpl truncate(long size) throws IOException {
        if (file == null && memory.isOpen() && size > maxSize) {
            rollover(); // as Python, which compares with max_size even when it is 0
        }
        current().truncate(size);
        return this;
    }

    @Override
    public synchronized boolean isOpen() {
        return current().isOpen();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            current().close();
        } finally {
            cleanable.clean();
            Reference.reachabilityFence(this);
        }
    }

    @Override
    public synchronized String toString() {
        return "SpooledTemporaryFile[" + (file != null ? file : "in memory") + "]";
    }
}
