package org.osprey.subprocess;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.osprey.os.FdChannel;

/**
 * Where a child's {@code stdin}, {@code stdout} or {@code stderr} goes: Python's {@code PIPE}, {@code DEVNULL},
 * {@code STDOUT}, {@code None} ({@link #INHERIT}), a descriptor, a file object ({@link #of(PipeIn)}, as
 * {@code p1.stdout} in a pipeline, or an {@link FdChannel}), and two Java conveniences: a file path that Osprey opens for the child, and a
 * Java stream (the one case where a Java thread copies the bytes).
 */
public sealed interface Redirect {
    /** {@code subprocess.PIPE}: a new pipe, the parent's end served as {@link Popen#stdout()} and so on. */
    Redirect PIPE = Special.PIPE;
    /** {@code subprocess.DEVNULL}: {@code /dev/null} ({@code os.devnull}). */
    Redirect DEVNULL = Special.DEVNULL;
    /** {@code subprocess.STDOUT}: for {@code stderr} only, to wherever {@code stdout} goes. */
    Redirect STDOUT = Special.STDOUT;
    /** {@code None}: the child shares this process's descriptor. */
    Redirect INHERIT = Special.INHERIT;

    enum Special implements Redirect {
        PIPE, DEVNULL, STDOUT, INHERIT
    }

    /** An open descriptor of this process, which the child gets as its own (this process keeps it open). */
    record Fd(int fd) implements Redirect {
        public Fd {
            if (fd < 0) {
                throw new IllegalArgumentException("bad file descriptor: " + fd);
            }
        }
    }

    /** A file opened for the child: for reading as {@code stdin}, else written from its start ({@code 'w'}). */
    record File(String path) implements Redirect {
        public File {
            Objects.requireNonNull(path, "path");
        }
    }

    /** What a Java stream gives becomes the child's {@code stdin}, through a pipe a thread fills. */
    record From(InputStream source) implements Redirect {
        public From {
            Objects.requireNonNull(source, "source");
        }
    }

    /** What the child writes goes to a Java stream, through a pipe a thread drains. */
    record To(OutputStream sink) implements Redirect {
        public To {
            Objects.requireNonNull(sink, "sink");
        }
    }

    static Redirect fd(int fd) {
        return new Fd(fd);
    }

    /** A file object's descriptor, as Python takes {@code stdin=p1.stdout}: no thread copies anything. */
    static Redirect of(FdChannel channel) {
        try {
            return new Fd(channel.fd());
        } catch (java.nio.channels.ClosedChannelException e) {
            throw new IllegalArgumentException("I/O operation on closed file", e);
        }
    }

    /** {@code stdin=p1.stdout} in a pipeline: the pipe's descriptor itself. */
    static Redirect of(PipeIn pipe) {
        return new Fd(pipe.fileno());
    }

    /** {@code stdout=p.stdin}: the pipe's descriptor itself. */
    static Redirect of(PipeOut pipe) {
        return new Fd(pipe.fileno());
    }

    static Redirect file(String path) {
        return new File(path);
    }

    static Redirect from(InputStream source) {
        return new From(source);
    }

    static Redirect to(OutputStream sink) {
        return new To(sink);
    }
}
