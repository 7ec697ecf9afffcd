package org.osprey.subprocess.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.osprey.os.BrokenPipeOsException;

/**
 * A {@link Process}'s {@code stdin} as a Python pipe: each write reaches the pipe before it returns (the JDK's
 * stream is buffered), and writing to a child that is gone is {@code BrokenPipeError}, which the JDK reports as
 * a bare "Broken pipe", or as "Stream closed" once it has closed the pipe of an ended child itself.
 */
final class JdkPipeOutput extends FilterOutputStream {
    private final Process process;
    private final Epipe epipe;
    private volatile boolean closed;

    /** The errno and message of {@code BrokenPipeError}. */
    record Epipe(int errno, String strerror) {
    }

    JdkPipeOutput(OutputStream out, Process process, Epipe epipe) {
        super(out);
        this.process = process;
        this.epipe = epipe;
    }

    private interface Io {
        void run() throws IOException;
    }

    private void io(Io io) throws IOException {
        try {
            io.run();
        } catch (IOException e) {
            if ("Broken pipe".equals(e.getMessage()) || !closed && !process.isAlive()) {
                BrokenPipeOsException broken = new BrokenPipeOsException(epipe.errno(), epipe.strerror(), null, null);
                broken.initCause(e);
                throw broken;
            }
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        io(() -> {
            out.write(b);
            out.flush();
        });
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        io(() -> {
            out.write(b, off, len);
            out.flush();
        });
    }

    @Override
    public void flush() throws IOException {
        io(out::flush);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        io(out::close);
    }
}
