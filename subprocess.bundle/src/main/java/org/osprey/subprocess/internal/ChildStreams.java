package org.osprey.subprocess.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.osprey.os.FdChannel;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.Pipe;
import org.osprey.subprocess.PipeIn;
import org.osprey.subprocess.PipeOut;
import org.osprey.subprocess.Redirect;

/**
 * The descriptors one start opens for a child's standard streams, and the parent's ends of its pipes. The
 * child's are closed here once it has started (or failed to); the parent's are closed on a failure, else handed
 * to the child object, with the threads that pump {@link Redirect#from}/{@link Redirect#to} streams.
 */
final class ChildStreams {
    private final Os os;
    /** {@code O_CLOEXEC} where the platform has it: the files opened for the child reach it only as told. */
    private final int noInherit;
    private final List<Integer> childEnds = new ArrayList<>();
    private final List<FdChannel> parentEnds = new ArrayList<>();
    private final Pumps pumps = new Pumps();
    private PipeOut stdin;
    private PipeIn stdout;
    private PipeIn stderr;
    private boolean started;

    ChildStreams(Os os, int noInherit) {
        this.os = os;
        this.noInherit = noInherit;
    }

    /**
     * {@return the descriptor to become the child's {@code target} (0, 1 or 2) as {@code r} says, or -1 where it
     * inherits this process's} {@link Redirect#STDOUT} is the caller's to handle.
     */
    int source(int target, Redirect r) throws OsException {
        if (r == Redirect.INHERIT) {
            return -1;
        } else if (r == Redirect.PIPE || r instanceof Redirect.From || r instanceof Redirect.To) {
            return pipe(target, r);
        } else if (r == Redirect.DEVNULL) {
            return opened(os.devnull(), target);
        } else if (r instanceof Redirect.Fd fd) {
            return fd.fd();
        } else if (r instanceof Redirect.File file) {
            return opened(file.path(), target);
        }
        throw new IllegalArgumentException(r + " for descriptor " + target);
    }

    /** {@return {@code fd}, a descriptor opened for the child, to be closed with the others} */
    int own(int fd) {
        childEnds.add(fd);
        return fd;
    }

    /** {@return whether {@code fd} was opened here for the child} */
    boolean owns(int fd) {
        return childEnds.contains(fd);
    }

    private int opened(String path, int target) throws OsException {
        int flags = target == 0 ? os.O_RDONLY() : os.O_WRONLY() | os.O_CREAT() | os.O_TRUNC();
        return own(os.open(path, flags | noInherit, 0666));
    }

    /** A new pipe; the child's end is returned, the parent's served or pumped. */
    private int pipe(int target, Redirect r) throws OsException {
        Pipe p = os.pipe();
        int childEnd = own(target == 0 ? p.read() : p.write());
        int parentEnd = target == 0 ? p.write() : p.read();
        FdChannel channel = os.fdopen(parentEnd);
        parentEnds.add(channel);
        if (r instanceof Redirect.From from) {
            pumps.feed(from.source(), channel.outputStream());
        } else if (r instanceof Redirect.To to) {
            pumps.drain(channel.inputStream(), to.sink(), target == 1 ? "stdout" : "stderr");
        } else if (target == 0) {
            stdin = new PipeOut(channel.outputStream(), parentEnd);
        } else if (target == 1) {
            stdout = new PipeIn(channel.inputStream(), parentEnd);
        } else {
            stderr = new PipeIn(channel.inputStream(), parentEnd);
        }
        return childEnd;
    }

    /** The child has started: the pumps begin and the parent's ends are the child object's. */
    Streams started() {
        started = true;
        pumps.start();
        return new Streams(stdin, stdout, stderr, pumps);
    }

    /** Closes the child's ends, and the parent's too unless the child started. */
    void close() throws OsException {
        OsException failure = null;
        for (int fd : childEnds) {
            try {
                os.close(fd);
            } catch (OsException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (!started) {
            for (FdChannel end : parentEnds) {
                try {
                    end.close();
                } catch (IOException ignored) { // the start's own error is the one to report
                }
            }
        } else if (failure != null) {
            throw failure;
        }
    }
}
