package org.osprey.subprocess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The parent's reading end of a child's {@code stdout} or {@code stderr} pipe, Python's {@code p.stdout}: an
 * unbuffered stream with the descriptor behind it, which {@link Redirect#of(PipeIn)} hands to the next process of
 * a pipeline. Closing it closes the descriptor.
 */
public final class PipeIn extends InputStream {
    private final InputStream in;
    private final int fd;

    /**
     * The reading end of a pipe.
     *
     * @param fd the descriptor {@code in} reads, or -1 where the stream has none (a {@link ProcessBuilder} pipe)
     * @param in the stream over the pipe
     */
    public PipeIn(InputStream in, int fd) {
        this.in = Objects.requireNonNull(in);
        this.fd = fd;
    }

    /**
     * {@code fileno()}.
     *
     * @return the descriptor
     * @throws UnsupportedOperationException where the pipe has no descriptor of this process (Python's
     *         {@code io.UnsupportedOperation})
     */
    public int fileno() {
        if (fd < 0) {
            throw new UnsupportedOperationException("fileno: a ProcessBuilder pipe has no descriptor");
        }
        return fd;
    }

    /**
     * {@code readline()}: up to and including the next {@code \n}; empty at the end.
     *
     * @return the line's bytes
     * @throws IOException if reading the pipe fails
     */
    public byte[] readline() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    @Override
    public int read() throws IOException {
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
