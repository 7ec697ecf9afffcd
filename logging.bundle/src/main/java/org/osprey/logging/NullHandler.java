package org.osprey.logging;

/** Python's {@code logging.NullHandler}: what a library adds so that its records need no configuration. */
public class NullHandler extends Handler {
    /** Mirrors {@code NullHandler()}. */
    public NullHandler() {
    }

    /**
     * Mirrors {@code NullHandler.handle(record)}: nothing.
     *
     * @param record the record
     * @return null: nothing was emitted
     */
    @Override
    public LogRecord handle(LogRecord record) {
        return null;
    }

    /**
     * Mirrors {@code NullHandler.emit(record)}: nothing.
     *
     * @param record the record
     */
    @Override
    public void emit(LogRecord record) {
    }
}
