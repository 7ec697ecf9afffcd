package org.osprey.logging;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;

import org.osprey.io.TextStreams;

/**
 * Python's {@code logging.StreamHandler}: each record formatted, then written with the terminator in one write
 * and flushed, to a {@link PrintStream} ({@code System.err} by default), a {@link Writer}, or an
 * {@link OutputStream} (as Python's {@code sys.stderr}: the locale's encoding, {@code backslashreplace}).
 */
public class StreamHandler extends Handler {
    /** Python's {@code sys.stderr} text layer over a byte stream. */
    private static final TextStreams STDERR_TEXT = new TextStreams(null, "backslashreplace", null);

    /** What the stream was given as, or null. */
    private Object stream;
    /** Where the text goes: the stream itself, or the text layer over it. */
    private Appendable out;
    private volatile String terminator = "\n";

    /** Mirrors {@code StreamHandler()}: to {@code System.err} as it is now. */
    public StreamHandler() {
        this(System.err);
    }

    /**
     * Mirrors {@code StreamHandler(stream)}.
     *
     * @param stream where records go
     */
    public StreamHandler(PrintStream stream) {
        use(stream, stream);
    }

    /**
     * Mirrors {@code StreamHandler(stream)}.
     *
     * @param stream where records go
     */
    public StreamHandler(Writer stream) {
        use(stream, stream);
    }

    /**
     * Mirrors {@code StreamHandler(stream)} with a binary stream under a text layer, as {@code sys.stderr} is.
     *
     * @param stream where records go
     */
    public StreamHandler(OutputStream stream) {
        use(stream, STDERR_TEXT.writer(stream, "\n"));
    }

    /** A handler with no stream yet (a delayed {@link FileHandler}). */
    StreamHandler(Void none) {
    }

    private void use(Object given, Appendable text) {
        stream = given;
        out = text;
    }

    /** @return Python's {@code stream}: what records are written to, or null */
    public Object stream() {
        acquire();
        try {
            return stream;
        } finally {
            release();
        }
    }

    /**
     * Mirrors {@code StreamHandler.setStream(stream)}: flushes and replaces the stream.
     *
     * @param stream the new stream
     * @return the old one, or null when it is the same
     */
    public Object setStream(PrintStream stream) {
        return replace(stream, stream);
    }

    /**
     * Mirrors {@code StreamHandler.setStream(stream)}: flushes and replaces the stream.
     *
     * @param stream the new stream
     * @return the old one, or null when it is the same
     */
    public Object setStream(Writer stream) {
        return replace(stream, stream);
    }

    /**
     * Mirrors {@code StreamHandler.setStream(stream)} with a binary stream under a text layer.
     *
     * @param stream the new stream
     * @return the old one, or null when it is the same
     */
    public Object setStream(OutputStream stream) {
        return stream == stream() ? null : replace(stream, STDERR_TEXT.writer(stream, "\n"));
    }

    private Object replace(Object given, Appendable text) {
        acquire();
        try {
            if (given == stream) {
                return null;
            }
            Object old = stream;
            flush();
            use(given, text);
            return old;
        } finally {
            release();
        }
    }

    /** @return Python's {@code terminator}: written after each record, {@code "\n"} */
    public String terminator() {
        return terminator;
    }

    /**
     * Sets Python's {@code terminator}.
     *
     * @param terminator what follows each record
     */
    public void setTerminator(String terminator) {
        this.terminator = terminator;
    }

    /** Mirrors {@code StreamHandler.flush()}. */
    @Override
    public void flush() {
        acquire();
        try {
            if (out instanceof Flushable f) {
                f.flush();
            }
        } catch (IOException e) {
            // as Python's: a failed flush outside emit reaches the caller, but flush() here declares nothing
            throw new java.io.UncheckedIOException(e);
        } finally {
            release();
        }
    }

    /**
     * Mirrors {@code StreamHandler.emit(record)}: the formatted record and the terminator in one write, then a
     * flush; an error goes to {@link #handleError}.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        try {
            String msg = format(record);
            if (out == null) {
                throw new IllegalStateException("the handler has no stream");
            }
            out.append(msg + terminator);
            flush();
        } catch (IOException | RuntimeException e) {
            handleError(record, e);
        }
    }

    /** The text the stream of a subclass gets, which closes it itself (a {@link FileHandler}'s file). */
    final void useOwn(Writer own) {
        use(own, own);
    }

    /** Mirrors {@code StreamHandler.__repr__}: {@code <StreamHandler name (LEVEL)>}. */
    @Override
    public String toString() {
        String name = streamName();
        return "<" + getClass().getSimpleName() + " " + (name.isEmpty() ? "" : name + " ") + "("
                + Logging.getLevelName(level()) + ")>";
    }

    /** Python's {@code getattr(stream, 'name', '')}: {@code <stderr>} and {@code <stdout>} for the JVM's. */
    String streamName() {
        Object s = stream;
        return s == System.err ? "<stderr>" : s == System.out ? "<stdout>" : "";
    }
}
