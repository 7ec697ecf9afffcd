package org.osprey.subprocess;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The parent's writing end of a child's {@code stdin} pipe, Python's {@code p.stdin}: unbuffered (each write
 * reaches the pipe before it returns), with the descriptor behind it. Closing it closes the descriptor, which
 * the child reads as the end of its input.
 */
public final class PipeOut extends OutputStream {
    private final OutputStream out;
    private final int fd;

    /**
     * The writing end of a pipe.
     *
     * @param fd the descriptor {@code out} writes, or -1 where the stream has none
     * @param out the stream over the pipe
     */
    public PipeOut(OutputStream out, int fd) {
        this.out = Objects.requireNonNull(out);
        this.fd = fd;
    }

    /**
     * {@code fileno()}; see {@link PipeIn#fileno()}.
     *
     * @return the descriptor
     */
    public int fileno() {
        if (fd < 0) {
            throw new UnsupportedOperationException("fileno: a ProcessBuilder pipe has no descriptor");
        }
        return fd;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
