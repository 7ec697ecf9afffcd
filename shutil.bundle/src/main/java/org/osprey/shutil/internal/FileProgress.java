package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InterruptedIOException;

import org.osprey.os.PyRepr;
import org.osprey.shutil.Progress;

/**
 * One file's copy as its {@link Progress} hears it: the size told first, each chunk counted and followed by the
 * stop check (a field test and {@link Thread#interrupted()}, no system call), except after the last chunk of a file
 * of known size: a file complete is not thrown away.
 */
public final class FileProgress {
    private final Progress progress;
    private final String verb;
    private final String what;
    private final String to;
    private final long size;
    private long done;

    private FileProgress(Progress progress, long size, String verb, String what, String to) {
        this.progress = progress;
        this.verb = verb;
        this.what = what;
        this.to = to;
        this.size = size;
    }

    /**
     * Tells {@code progress} that {@code path}'s {@code size} bytes (-1: unknown) start being written; {@code verb},
     * {@code what} and {@code to} say what for a stop's message ("copying 'a' to 'b'"), made only if it stops (the
     * reprs of every file of a tree otherwise). A null {@code path} (a stream) is not told.
     *
     * @param what the file the verb is about, or null for a verb that says it all ("copying a stream")
     * @param to where it goes, or null
     */
    public static FileProgress start(Progress progress, String path, long size, String verb, String what,
            String to) {
        if (path != null) {
            progress.file(path, size);
        }
        return new FileProgress(progress, size, verb, what, to);
    }

    /** {@code n} more bytes were written; throws if the operation is to stop now. */
    public void wrote(long n) throws InterruptedIOException {
        done += n;
        progress.bytes(n);
        if (done == size) {
            return; // whole: a stop now is seen between this file and the next, and this one stays
        }
        boolean interrupted = Thread.interrupted();
        if (interrupted || progress.cancelled()) {
            throw stopped(interrupted);
        }
    }

    /** See {@link Cancellation#whatStopped}: with this file's count. */
    public IOException whatStopped(IOException failure) {
        if (failure instanceof InterruptedIOException || !Thread.interrupted()) {
            return failure;
        }
        InterruptedIOException stopped = stopped(true);
        stopped.initCause(failure);
        return stopped;
    }

    private InterruptedIOException stopped(boolean interrupted) {
        String of = size < 0 ? "" : " of " + size;
        String doing = verb + (what == null ? "" : " " + PyRepr.repr(what))
                + (to == null ? "" : " to " + PyRepr.repr(to));
        InterruptedIOException e = Cancellation.stopped(interrupted, doing + " after " + done + of + " bytes");
        e.bytesTransferred = (int) Math.min(done, Integer.MAX_VALUE);
        return e;
    }
}
