package org.osprey.logging.handlers;

import java.io.IOException;
import java.util.function.UnaryOperator;

import org.osprey.logging.FileHandler;
import org.osprey.logging.FileHandlerOptions;
import org.osprey.logging.LogRecord;
import org.osprey.os.Os;

/**
 * Python's {@code logging.handlers.BaseRotatingHandler}: a {@link FileHandler} that, before each record, asks
 * {@link #shouldRollover} and then {@link #doRollover}s. Both run under the handler's lock (Python's
 * {@code handle}), so threads logging through one handler never rotate twice nor lose a record.
 */
public abstract class BaseRotatingHandler extends FileHandler {
    /** Python's {@code rotator} callable: moves the current log to its backup name. */
    @FunctionalInterface
    public interface Rotator {
        /**
         * Rotates {@code source} to {@code dest}.
         *
         * @param source the log file
         * @param dest its backup name
         * @throws IOException Python's OSError
         */
        void rotate(String source, String dest) throws IOException;
    }

    private volatile UnaryOperator<String> namer;
    private volatile Rotator rotator;

    /**
     * Mirrors {@code BaseRotatingHandler(filename, mode, encoding, delay, errors)}.
     *
     * @param os whose files are used
     * @param filename the log file
     * @param options the mode, encoding, delay and errors
     * @throws IOException Python's OSError opening the file (not with {@code delay})
     */
    protected BaseRotatingHandler(Os os, String filename, FileHandlerOptions options) throws IOException {
        super(os, filename, options);
    }

    /** @return Python's {@code namer}, or null */
    public UnaryOperator<String> namer() {
        return namer;
    }

    /**
     * Sets Python's {@code namer}: what {@link #rotationFilename} gives for a backup's default name.
     *
     * @param namer the namer, or null for the default name
     */
    public void setNamer(UnaryOperator<String> namer) {
        this.namer = namer;
    }

    /** @return Python's {@code rotator}, or null */
    public Rotator rotator() {
        return rotator;
    }

    /**
     * Sets Python's {@code rotator}: what {@link #rotate} does instead of renaming.
     *
     * @param rotator the rotator, or null to rename
     */
    public void setRotator(Rotator rotator) {
        this.rotator = rotator;
    }

    /**
     * Mirrors {@code shouldRollover(record)}.
     *
     * @param record the record about to be written
     * @return whether to roll over first
     * @throws IOException Python's OSError
     */
    public abstract boolean shouldRollover(LogRecord record) throws IOException;

    /**
     * Mirrors {@code doRollover()}: closes the file, moves it to a backup, opens a new one (unless {@code delay}).
     *
     * @throws IOException Python's OSError
     */
    public abstract void doRollover() throws IOException;

    /**
     * Mirrors {@code rotation_filename(default_name)}: the {@link #namer()}'s name for a backup.
     *
     * @param defaultName the default name
     * @return the name to use
     */
    public String rotationFilename(String defaultName) {
        UnaryOperator<String> n = namer;
        return n == null ? defaultName : n.apply(defaultName);
    }

    /**
     * Mirrors {@code rotate(source, dest)}: the {@link #rotator()}, else a rename when {@code source} exists.
     *
     * @param source the log file
     * @param dest its backup name
     * @throws IOException Python's OSError
     */
    public void rotate(String source, String dest) throws IOException {
        Rotator r = rotator;
        if (r != null) {
            r.rotate(source, dest);
        } else if (os().path().exists(source)) {
            os().rename(source, dest);
        }
    }

    /**
     * Mirrors {@code BaseRotatingHandler.emit(record)}: rolls over when needed, then writes; any error goes to
     * {@link #handleError}.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        try {
            if (shouldRollover(record)) {
                doRollover();
            }
        } catch (IOException | RuntimeException e) {
            handleError(record, e);
            return;
        }
        super.emit(record);
    }

    /** Python's {@code if self.stream: self.stream.close(); self.stream = None}. */
    void closeFile() throws IOException {
        closeStream();
    }

    /** Python's {@code if not self.delay: self.stream = self._open()}. */
    void reopenUnlessDelayed() throws IOException {
        if (!delay()) {
            setOpenStream(open());
        }
    }

    /** Python's {@code os.path.exists(f) and not os.path.isfile(f)}: 3.13 never rotates a FIFO or device. */
    boolean isSpecialFile() {
        String f = baseFilename();
        return os().path().exists(f) && !os().path().isfile(f);
    }
}
