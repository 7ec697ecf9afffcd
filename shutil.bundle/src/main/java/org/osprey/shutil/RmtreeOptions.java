package org.osprey.shutil;

import org.osprey.os.At;

/**
 * The keyword arguments of {@code shutil.rmtree}. Python 3.12 forbids giving both {@code onerror} and
 * {@code onexc}; so does this record.
 *
 * @param ignoreErrors errors are dropped (the handlers are not called)
 * @param onexc        hears each error (Python 3.12's {@code onexc}), or null to throw the first
 * @param onerror      the deprecated older spelling of the same, or null
 * @param dirFd        a directory descriptor the path is relative to, or {@link At#NO_DIR_FD}
 * @param progress     hears each entry removed; null: nothing hears
 */
public record RmtreeOptions(boolean ignoreErrors, RmtreeErrorHandler onexc, RmtreeErrorHandler onerror, int dirFd,
        Progress progress) {
    /** Python's defaults. */
    public static final RmtreeOptions DEFAULT = new RmtreeOptions(false, null, null, At.NO_DIR_FD,
            Progress.NONE);

    /**
     * The arguments; {@code onexc} and {@code onerror} exclude each other, and a null {@code progress} is
     * {@link Progress#NONE}.
     *
     * @param ignoreErrors errors are dropped (the handlers are not called)
     * @param onexc hears each error (Python 3.12's {@code onexc}), or null to throw the first
     * @param onerror the deprecated older spelling of the same, or null
     * @param dirFd a directory descriptor the path is relative to, or {@link At#NO_DIR_FD}
     * @param progress hears each entry removed
     */
    public RmtreeOptions {
        if (onexc != null && onerror != null) {
            throw new IllegalArgumentException("It is not allowed to pass both onerror and onexc");
        }
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * {@return these options with {@code ignore_errors} set}
     *
     * @param on errors are dropped (the handlers are not called)
     */
    public RmtreeOptions withIgnoreErrors(boolean on) {
        return new RmtreeOptions(on, onexc, onerror, dirFd, progress);
    }

    /**
     * {@return these options with {@code onexc} set}
     *
     * @param h hears each error (Python 3.12's {@code onexc}), or null to throw the first
     */
    public RmtreeOptions withOnexc(RmtreeErrorHandler h) {
        return new RmtreeOptions(ignoreErrors, h, onerror, dirFd, progress);
    }

    /**
     * Python's deprecated {@code onerror}: prefer {@link #withOnexc}.
     *
     * @param h hears each error, or null
     * @return the new options
     */
    public RmtreeOptions withOnerror(RmtreeErrorHandler h) {
        return new RmtreeOptions(ignoreErrors, onexc, h, dirFd, progress);
    }

    /**
     * {@return these options with {@code dir_fd} set}
     *
     * @param fd a directory descriptor the path is relative to, or {@link At#NO_DIR_FD}
     */
    public RmtreeOptions withDirFd(int fd) {
        return new RmtreeOptions(ignoreErrors, onexc, onerror, fd, progress);
    }

    /**
     * {@return these options with a progress listener} An Osprey extension (Python has none).
     *
     * @param p hears what is done, as it is done
     */
    public RmtreeOptions withProgress(Progress p) {
        return new RmtreeOptions(ignoreErrors, onexc, onerror, dirFd, p);
    }
}
