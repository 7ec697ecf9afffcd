package org.osprey.logging.handlers;

import java.io.IOException;

import org.osprey.logging.FileHandlerOptions;
import org.osprey.logging.LogRecord;
import org.osprey.os.Os;

/**
 * Python's {@code logging.handlers.RotatingFileHandler}: when the next record would bring the file to
 * {@code maxBytes}, the file becomes {@code name.1}, {@code name.1} becomes {@code name.2}... up to
 * {@code name.backupCount}, and a new file is started. The size is the open file's ({@code fstat}), which is
 * Python's {@code tell()} in append mode; the record's length is counted in characters, as Python's
 * {@code len(msg)}.
 */
public class RotatingFileHandler extends BaseRotatingHandler {
    private final long maxBytes;
    private final int backupCount;

    /**
     * Mirrors {@code RotatingFileHandler(filename, maxBytes=maxBytes, backupCount=backupCount)}.
     *
     * @param filename the log file
     * @param maxBytes the size at which to roll over; 0 never
     * @param backupCount how many backups to keep; with 0 the file is only reopened and keeps growing, as Python's
     * @throws IOException Python's OSError opening the file
     */
    public RotatingFileHandler(String filename, long maxBytes, int backupCount) throws IOException {
        this(Os.get(), filename, maxBytes, backupCount, FileHandlerOptions.DEFAULT);
    }

    /**
     * Mirrors {@code RotatingFileHandler(filename, mode, maxBytes, backupCount, encoding, delay, errors)}.
     *
     * @param filename the log file
     * @param maxBytes the size at which to roll over; 0 never (and then the mode is used as given, else it is
     *        {@code a})
     * @param backupCount how many backups to keep
     * @param options the mode, encoding, delay and errors
     * @throws IOException Python's OSError opening the file (not with {@code delay})
     */
    public RotatingFileHandler(String filename, long maxBytes, int backupCount, FileHandlerOptions options)
            throws IOException {
        this(Os.get(), filename, maxBytes, backupCount, options);
    }

    /**
     * {@code RotatingFileHandler(...)} with the files of {@code os} (an Osprey extension).
     *
     * @param os whose files are used
     * @param filename the log file
     * @param maxBytes the size at which to roll over; 0 never
     * @param backupCount how many backups to keep
     * @param options the mode, encoding, delay and errors
     * @throws IOException Python's OSError opening the file (not with {@code delay})
     */
    public RotatingFileHandler(Os os, String filename, long maxBytes, int backupCount, FileHandlerOptions options)
            throws IOException {
        super(os, filename, maxBytes > 0 ? options.withMode("a") : options);
        this.maxBytes = maxBytes;
        this.backupCount = backupCount;
    }

    /** @return Python's {@code maxBytes} */
    public long maxBytes() {
        return maxBytes;
    }

    /** @return Python's {@code backupCount} */
    public int backupCount() {
        return backupCount;
    }

    /**
     * Mirrors {@code shouldRollover(record)}: whether the formatted record and a newline would reach
     * {@code maxBytes}; never for an empty file, nor (Python 3.13) when the name is not a regular file.
     *
     * @param record the record about to be written
     * @return whether to roll over first
     * @throws IOException Python's OSError opening or sizing the file
     */
    @Override
    public boolean shouldRollover(LogRecord record) throws IOException {
        if (stream() == null) {
            setOpenStream(open());
        }
        if (maxBytes <= 0) {
            return false;
        }
        long pos = os().fstat(fileno()).size();
        if (pos == 0) {
            return false;
        }
        String msg = format(record) + "\n";
        return pos + msg.codePointCount(0, msg.length()) >= maxBytes && !isSpecialFile();
    }

    /**
     * Mirrors {@code doRollover()}: {@code name.i} to {@code name.i+1} from the oldest down (removing what is in
     * the way), the file to {@code name.1}, each name passed through {@link #rotationFilename}.
     *
     * @throws IOException Python's OSError
     */
    @Override
    public void doRollover() throws IOException {
        closeFile();
        if (backupCount > 0) {
            String base = baseFilename();
            for (int i = backupCount - 1; i > 0; i--) {
                String sfn = rotationFilename(base + "." + i);
                String dfn = rotationFilename(base + "." + (i + 1));
                if (os().path().exists(sfn)) {
                    removeIfExists(dfn);
                    os().rename(sfn, dfn);
                }
            }
            String dfn = rotationFilename(base + ".1");
            removeIfExists(dfn);
            rotate(base, dfn);
        }
        reopenUnlessDelayed();
    }

    private void removeIfExists(String name) throws IOException {
        if (os().path().exists(name)) {
            os().remove(name);
        }
    }
}
