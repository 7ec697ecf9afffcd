package org.osprey.tempfile.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;

import org.osprey.tempfile.SpooledTemporaryTextFile;
import org.osprey.tempfile.TempOptions;
import org.osprey.tempfile.TextOptions;
import org.osprey.io.RawIO;
import org.osprey.io.TextIO;

/**
 * Python's {@code SpooledTemporaryFile} in text mode: a {@link TextIO} over a {@link MemoryChannel} (CPython's
 * {@code TextIOWrapper(BytesIO())}) until it rolls over to a text {@code TemporaryFile}, which gets the bytes and
 * then the text position ({@code seek(tell())}), as in CPython.
 */
final class SpooledTextFileImpl extends TextFileBase implements SpooledTemporaryTextFile {
    private final TempfileImpl tempfile;
    private final TempOptions options;
    private final TextOptions text;
    private final long maxSize;
    private final UnclosedFile finalizer;
    private final Cleaner.Cleanable cleanable;
    private MemoryChannel memory = new MemoryChannel();
    private TextIO io;
    private TextFileImpl file;

    SpooledTextFileImpl(TempfileImpl tempfile, long maxSize, TempOptions options, TextOptions text, String linesep) {
        this.tempfile = tempfile;
        this.maxSize = maxSize;
        this.options = options;
        this.text = text;
        try {
            this.io = new TextIO(new RawIO(memory, null), text.encoding(), text.errors(), text.newline(), linesep);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail
        }
        this.finalizer = new UnclosedFile(io, "Unclosed file " + SpooledTemporaryFileImpl.pythonRepr(this));
        this.cleanable = Finalizers.register(this, finalizer);
    }

    @Override
    synchronized TextIO io() {
        return io;
    }

    @Override
    public synchronized void rollover() throws IOException {
        if (file != null) {
            return;
        }
        TextFileImpl rolled = tempfile.temporaryTextFile(options, text);
        try {
            long position = io.tell();
            rolled.io().raw().write(memory.contents());
            rolled.io().seek(position, SEEK_SET);
        } catch (IOException | RuntimeException e) {
            rolled.close();
            throw e;
        }
        finalizer.moveTo(rolled); // held there, the rolled file is closed by this object's finalizer, not its own
        file = rolled;
        io = rolled.io();
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

    /** Python's {@code _check}: past {@code max_size} (0: no limit), the text moves to a real file. */
    private void check() throws IOException {
        if (file == null && maxSize > 0 && io.tell() > maxSize) {
            rollover();
        }
    }

    @Override
    public synchronized int write(String s) throws IOException {
        int n = io.write(s);
        check();
        return n;
    }

    @Override
    public synchronized void writelines(Iterable<String> lines) throws IOException {
        super.writelines(lines);
        check();
    }

    @Override
    public synchronized long truncate(long size) throws IOException {
        if (size > maxSize) {
            rollover(); // as Python, which compares with max_size even when it is 0
        }
        return io.truncate(size);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (file != null) {
                file.close();
            } else {
                io.close();
            }
        } finally {
            cleanable.clean();
        }
    }

    @Override
    public synchronized String toString() {
        return "SpooledTemporaryTextFile[" + (file != null ? file : "in memory") + "]";
    }
}
