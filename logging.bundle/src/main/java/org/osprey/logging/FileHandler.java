package org.osprey.logging;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;

import org.osprey.io.TextStreams;
import org.osprey.os.FdChannel;
import org.osprey.os.Os;

/**
 * Python's {@code logging.FileHandler}: records appended to a file, which it opens (through the {@code os}
 * module, so subclasses can {@code fstat} it) and closes. Each record is one {@code write} to the descriptor, so
 * records of several handlers or processes appending to one file do not interleave.
 */
public class FileHandler extends StreamHandler {
    private final Os os;
    private final String baseFilename;
    private final FileHandlerOptions options;
    private final TextStreams text;
    private final int flags;

    /**
     * Mirrors {@code FileHandler(filename)}: appends to the file, opened now.
     *
     * @param filename the file
     * @throws IOException Python's OSError opening it
     */
    public FileHandler(String filename) throws IOException {
        this(filename, FileHandlerOptions.DEFAULT);
    }

    /**
     * Mirrors {@code FileHandler(filename, mode, encoding, delay, errors)}.
     *
     * @param filename the file
     * @param options the mode, encoding, delay and errors
     * @throws IOException Python's OSError opening it (not with {@code delay})
     * @throws IllegalArgumentException Python's ValueError (a bad mode) or LookupError (an unknown encoding or
     *         error handler, here {@link java.util.NoSuchElementException}) or a NUL in the name
     */
    public FileHandler(String filename, FileHandlerOptions options) throws IOException {
        this(Os.get(), filename, options);
    }

    /**
     * {@code FileHandler(filename, ...)} with the files of {@code os} (an Osprey extension: another provider than
     * {@link Os#get()}'s).
     *
     * @param os whose {@code open} opens the file
     * @param filename the file
     * @param options the mode, encoding, delay and errors
     * @throws IOException Python's OSError opening it (not with {@code delay})
     */
    public FileHandler(Os os, String filename, FileHandlerOptions options) throws IOException {
        super((Void) null);
        this.os = os;
        this.options = options;
        this.flags = flags(os, options.mode());
        this.text = new TextStreams(options.encoding(), options.errors(), null);
        this.baseFilename = os.path().abspath(filename);
        if (!options.delay()) {
            setOpenStream(open());
        }
    }

    /** Python's {@code open(name, mode)} flags; text only, a logging handler writes {@code str}. */
    private static int flags(Os os, String mode) {
        if (!mode.matches("[rwax]\\+?t?|[rwax]t?\\+?")) {
            throw new IllegalArgumentException("invalid mode: '" + mode + "'");
        }
        boolean plus = mode.indexOf('+') >= 0;
        int access = plus ? os.O_RDWR() : mode.charAt(0) == 'r' ? os.O_RDONLY() : os.O_WRONLY();
        return access | switch (mode.charAt(0)) {
            case 'w' -> os.O_CREAT() | os.O_TRUNC();
            case 'a' -> os.O_CREAT() | os.O_APPEND();
            case 'x' -> os.O_CREAT() | os.O_EXCL();
            default -> 0;
        };
    }

    /**
     * Mirrors {@code FileHandler._open()}: the file opened anew with the handler's mode, encoding and errors.
     * The caller owns what it returns until it gives it to {@link #setOpenStream}.
     *
     * @return the file's text writer
     * @throws IOException Python's OSError
     */
    protected Writer open() throws IOException {
        FdChannel channel = FdChannel.of(os, os.open(baseFilename, flags, 0666), true);
        return new FileWriter(text.writer(channel.outputStream(), os.linesep()), channel);
    }

    /** The text layer over an open file, with the file's descriptor. */
    private static final class FileWriter extends FilterWriter {
        final FdChannel channel;

        FileWriter(Writer text, FdChannel channel) {
            super(text);
            this.channel = channel;
        }
    }

    /**
     * Python's {@code self.stream = self._open()}: what {@link #open()} returned becomes the handler's stream
     * (the one there is not closed: {@link #closeStream()} first).
     *
     * @param writer what {@link #open()} returned
     */
    protected void setOpenStream(Writer writer) {
        acquire();
        try {
            useOwn(writer);
        } finally {
            release();
        }
    }

    /**
     * Python's {@code self.stream.close(); self.stream = None}: flushes and closes the open file, if any.
     *
     * @throws IOException Python's OSError closing it
     */
    protected void closeStream() throws IOException {
        acquire();
        try {
            Object s = stream();
            if (s != null) {
                try {
                    flush();
                } finally {
                    useOwn(null);
                    ((Writer) s).close();
                }
            }
        } finally {
            release();
        }
    }

    /**
     * The descriptor of the open file (what {@code WatchedFileHandler} stats), an Osprey extension.
     *
     * @return the descriptor, or -1 when the file is not open
     * @throws IOException when the file was closed meanwhile
     */
    protected int fileno() throws IOException {
        acquire();
        try {
            return stream() instanceof FileWriter w ? w.channel.fd() : -1;
        } finally {
            release();
        }
    }

    /** @return the {@code os} module the file is opened with (for subclasses' {@code stat}s) */
    protected final Os os() {
        return os;
    }

    /** @return Python's {@code baseFilename}: the file's absolute name */
    public String baseFilename() {
        return baseFilename;
    }

    /** @return Python's {@code mode} */
    public String mode() {
        return options.mode();
    }

    /** @return Python's {@code encoding}: null for the locale's */
    public String encoding() {
        return options.encoding();
    }

    /** @return Python's {@code errors}: null for {@code strict} */
    public String errors() {
        return options.errors();
    }

    /** @return Python's {@code delay} */
    public boolean delay() {
        return options.delay();
    }

    /**
     * Mirrors {@code FileHandler.emit(record)}: opens the file first when it is not open (after {@code delay},
     * or after {@link #close} unless the mode is {@code w}, which would truncate it again).
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        if (stream() == null) {
            if (!mode().equals("w") || !isClosed()) {
                try {
                    setOpenStream(open());
                } catch (IOException | RuntimeException e) {
                    handleError(record, e);
                    return;
                }
            }
        }
        if (stream() != null) {
            super.emit(record);
        }
    }

    /** Mirrors {@code FileHandler.close()}: flushes and closes the file. */
    @Override
    public void close() {
        acquire();
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                super.close();
            } finally {
                release();
            }
        }
    }

    /** Mirrors {@code FileHandler.__repr__}: {@code <FileHandler /abs/name (LEVEL)>}. */
    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + baseFilename + " (" + Logging.getLevelName(level()) + ")>";
    }
}
