package org.osprey.subprocess.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.osprey.os.ChildProcessOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.ProcessLookupOsException;

/**
 * A child started by {@code posix_spawn}, waited for with {@code waitpid} on its own pid only (never {@code -1}),
 * so that children started by anything else in the JVM are never reaped here. One lock serialises the waits, as
 * CPython's {@code _waitpid_lock} does: {@link #poll()} never blocks behind a waiting thread.
 */
final class PosixChild implements Child {
    private static final long MAX_SLEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Os os;
    private final long pid;
    private final Streams streams;
    private final ReentrantLock waitLock = new ReentrantLock();
    private volatile Integer returncode;

    PosixChild(Os os, long pid, Streams streams) {
        this.os = os;
        this.pid = pid;
        this.streams = streams;
    }

    @Override
    public long pid() {
        return pid;
    }

    @Override
    public Streams streams() {
        return streams;
    }

    @Override
    public Integer returncode() {
        return returncode;
    }

    @Override
    public Integer poll() throws OsException {
        if (returncode != null || !waitLock.tryLock()) {
            return returncode; // another thread is waiting: it will set the code
        }
        try {
            return reap(os.WNOHANG());
        } finally {
            waitLock.unlock();
        }
    }

    /** One {@code waitpid} under the lock; the code, or null where {@code WNOHANG} found the child running. */
    private Integer reap(int options) throws OsException {
        if (returncode != null) {
            return returncode;
        }
        try {
            var result = os.waitpid(pid, options);
            if (result.pid() == pid) {
                returncode = os.waitstatusToExitcode(result.status());
            }
        } catch (ChildProcessOsException e) {
            returncode = 0; // SIGCHLD ignored, the kernel reaped it: CPython answers 0 too
        }
        return returncode;
    }

    @Override
    public int waitFor() throws OsException {
        waitLock.lock();
        try {
            reap(0); // without WUNTRACED, waitpid returns only once the child has ended
        } finally {
            waitLock.unlock();
        }
        streams.pumps().join();
        return returncode;
    }

    @Override
    public Integer waitFor(Duration timeout) throws OsException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long sleep = TimeUnit.MICROSECONDS.toNanos(500);
        while (true) {
            Integer code = poll();
            long left = deadline - System.nanoTime();
            if (code != null) {
                streams.pumps().join();
                return code;
            }
            if (left <= 0) {
                return null;
            }
            // CPython's back-off: short sleeps first, so a quick child is seen at once
            long nap = Math.min(Math.min(sleep, left), MAX_SLEEP_NANOS);
            try {
                TimeUnit.NANOSECONDS.sleep(nap);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return returncode;
            }
            sleep *= 2;
        }
    }

    @Override
    public void sendSignal(int signal) throws OsException {
        // under the lock where free, so a reap cannot come between the check and the kill
        boolean locked = waitLock.tryLock();
        try {
            if (locked) {
                reap(os.WNOHANG());
            }
            if (returncode == null) {
                os.kill(pid, signal);
            }
        } catch (ProcessLookupOsException e) {
            // ended and reaped meanwhile by a waiting thread
        } finally {
            if (locked) {
                waitLock.unlock();
            }
        }
    }

    @Override
    public void terminate() throws OsException {
        sendSignal(os.SIGTERM());
    }

    @Override
    public void kill() throws OsException {
        sendSignal(os.SIGKILL());
    }
}
