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

    /** The redirects with a name in Python. */
    enum Special implements Redirect {
        /** {@link Redirect#PIPE}. */
        PIPE,
        /** {@link Redirect#DEVNULL}. */
        DEVNULL,
        /** {@link Redirect#STDOUT}. */
        STDOUT,
        /** {@link Redirect#INHERIT}. */
        INHERIT
    }

    /** An open descriptor of this process, which the child gets as its own (this process keeps it open). */
    record Fd(int fd) implements Redirect {
        /**
         * The redirect; {@code fd} must not be negative.
         *
         * @param fd the descriptor of this process the child gets
         */
        public Fd {
            if (fd < 0) {
                throw new IllegalArgumentException("bad file descriptor: " + fd);
            }
        }
    }

    /** A file opened for the child: for reading as {@code stdin}, else written from its start ({@code 'w'}). */
    record File(String path) implements Redirect {
        /**
         * The redirect; {@code path} is required.
         *
         * @param path the file opened for the child
         */
        public File {
            Objects.requireNonNull(path, "path");
        }
    }

    /** What a Java stream gives becomes the child's {@code stdin}, through a pipe a thread fills. */
    record From(InputStream source) implements Redirect {
        /**
         * The redirect; {@code source} is required.
         *
         * @param source the stream the child reads
         */
        public From {
            Objects.requireNonNull(source, "source");
        }
    }

    /** What the child writes goes to a Java stream, through a pipe a thread drains. */
    record To(OutputStream sink) implements Redirect {
        /**
         * The redirect; {@code sink} is required.
         *
         * @param sink the stream the child's output goes to
         */
        public To {
            Objects.requireNonNull(sink, "sink");
        }
    }

    /**
     * {@return the redirect to the descriptor {@code fd} of this process}
     *
     * @param fd an open descriptor
     */
    static Redirect fd(int fd) {
        return new Fd(fd);
    }

    /**
     * A file object's descriptor, as Python takes {@code stdin=p1.stdout}: no thread copies anything.
     *
     * @param channel an open channel
     * @return the redirect to its descriptor
     */
    static Redirect of(FdChannel channel) {
        try {
            return new Fd(channel.fd());
        } catch (java.nio.channels.ClosedChannelException e) {
            throw new IllegalArgumentException("I/O operation on closed file", e);
        }
    }

    /**
     * {@code stdin=p1.stdout} in a pipeline: the pipe's descriptor itself.
     *
     * @param pipe the reading end of another child's pipe
     * @return the redirect to its descriptor
     */
    static Redirect of(PipeIn pipe) {
        return new Fd(pipe.fileno());
    }

    /**
     * {@code stdout=p.stdin}: the pipe's descriptor itself.
     *
     * @param pipe the writing end of another child's pipe
     * @return the redirect to its descriptor
     */
    static Redirect of(PipeOut pipe) {
        return new Fd(pipe.fileno());
    }

    /**
     * {@return the redirect to a file Osprey opens for the child} A Java convenience (Python takes an open file).
     *
     * @param path the file
     */
    static Redirect file(String path) {
        return new File(path);
    }

    /**
     * {@return the redirect feeding the child's {@code stdin} from {@code source}} A Java convenience.
     *
     * @param source the stream the child reads
     */
    static Redirect from(InputStream source) {
        return new From(source);
    }

    /**
     * {@return the redirect copying the child's output to {@code sink}} A Java convenience.
     *
     * @param sink the stream the child's output goes to
     */
    static Redirect to(OutputStream sink) {
        return new To(sink);
    }
}
