package org.osprey.logging.handlers;

import java.io.IOException;

import org.osprey.logging.FileHandler;
import org.osprey.logging.FileHandlerOptions;
import org.osprey.logging.LogRecord;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.StatResult;

/**
 * Python's {@code logging.handlers.WatchedFileHandler}: before each record, {@code os.stat} of the name is
 * compared with the open file's {@code (st_dev, st_ino)}; when the file was moved or deleted (by
 * {@code logrotate}, {@code mv}, {@code rm}), the handler closes it and opens the name anew, so the record lands
 * in a new file at the path.
 */
public class WatchedFileHandler extends FileHandler {
    private long dev = -1;
    private long ino = -1;

    /**
     * Mirrors {@code WatchedFileHandler(filename)}.
     *
     * @param filename the log file
     * @throws IOException Python's OSError opening it
     */
    public WatchedFileHandler(String filename) throws IOException {
        this(Os.get(), filename, FileHandlerOptions.DEFAULT);
    }

    /**
     * Mirrors {@code WatchedFileHandler(filename, mode, encoding, delay, errors)}.
     *
     * @param filename the log file
     * @param options the mode, encoding, delay and errors
     * @throws IOException Python's OSError opening it (not with {@code delay})
     */
    public WatchedFileHandler(String filename, FileHandlerOptions options) throws IOException {
        this(Os.get(), filename, options);
    }

    /**
     * {@code WatchedFileHandler(...)} with the files of {@code os} (an Osprey extension).
     *
     * @param os whose {@code stat} and {@code open} are used
     * @param filename the log file
     * @param options the mode, encoding, delay and errors
     * @throws IOException Python's OSError opening it (not with {@code delay})
     */
    public WatchedFileHandler(Os os, String filename, FileHandlerOptions options) throws IOException {
        super(os, filename, options);
        statStream();
    }

    /** Python's {@code _statstream()}: remembers the open file's device and inode. */
    private void statStream() throws IOException {
        int fd = fileno();
        if (fd >= 0) {
            StatResult s = os().fstat(fd);
            dev = s.dev();
            ino = s.ino();
        }
    }

    /**
     * Mirrors {@code reopenIfNeeded()}: when the name no longer is the open file (another device or inode, or
     * gone), closes it and opens the name again.
     *
     * @throws IOException Python's OSError of the {@code stat}, the close or the open
     */
    public void reopenIfNeeded() throws IOException {
        acquire();
        try {
            if (stream() == null) {
                return;
            }
            boolean reopen;
            try {
                StatResult s = os().stat(baseFilename());
                reopen = s.dev() != dev || s.ino() != ino;
            } catch (FileNotFoundOsException gone) {
                reopen = true;
            }
            if (reopen) {
                closeStream();
                setOpenStream(open());
                statStream();
            }
        } finally {
            release();
        }
    }

    /**
     * Mirrors {@code WatchedFileHandler.emit(record)}: {@link #reopenIfNeeded()}, then writes.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
        try {
            reopenIfNeeded();
        } catch (IOException | RuntimeException e) {
            handleError(record, e);
            return;
        }
        super.emit(record);
    }
}
