package org.osprey.subprocess.internal;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.osprey.os.Os;
import org.osprey.os.OsException;

/**
 * A Windows process handle a child owns: used under a read lock by any number of threads, closed once under the
 * write lock, so no call ever reaches a handle closed (and its value perhaps reused) meanwhile.
 */
final class OwnedHandle implements Runnable {
    /** A call on the open handle. */
    interface Call<R> {
        R on(long handle) throws OsException;
    }

    private final Os os;
    private final long handle;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    OwnedHandle(Os os, long handle) {
        this.os = os;
        this.handle = handle;
    }

    /** {@return what {@code call} answered, or null if the handle was closed (the child reaped) meanwhile} */
    <R> R use(Call<R> call) throws OsException {
        lock.readLock().lock();
        try {
            return closed ? null : call.on(handle);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Closes the handle once; a failure is reported to the first caller only. */
    void close() throws OsException {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                os.closehandle(handle);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The {@link java.lang.ref.Cleaner}'s action for a child dropped unreaped: nobody is left to hear a failure. */
    @Override
    public void run() {
        try {
            close();
        } catch (OsException ignored) { // the handle is gone either way
        }
    }
}
