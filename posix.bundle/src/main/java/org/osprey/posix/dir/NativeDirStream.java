package org.osprey.posix.dir;

import java.lang.ref.Cleaner;
import java.lang.ref.Reference;

import org.osprey.os.FsCodec;
import org.osprey.os.OsException;
import org.osprey.posix.abi.Abi;
import org.osprey.posix.abi.DirentLayout;
import org.osprey.posix.errors.ErrnoTranslator;
import org.osprey.posix.natives.LibC;
import org.osprey.os.spi.DirStream;

/**
 * What the two ways of reading a directory share: the current entry, skipping {@code "."} and
 * {@code ".."}, and the release of the native handle, once, on {@link #close()} or, for a stream its user
 * dropped unclosed, when it becomes unreachable.
 *
 * <p>Reading and closing exclude each other: a close from another thread waits for a read in progress, and a
 * closed stream makes no native call again. Otherwise a read could go on into a descriptor number that an
 * {@code open} elsewhere has reused, or into a buffer that the closing thread has already lent to its next stream.
 */
abstract class NativeDirStream implements DirStream {
    private static final Cleaner CLEANER = Cleaner.create();

    protected final ErrnoTranslator errors;
    /** The path that was opened, for error messages; null for a directory given as a file descriptor. */
    protected final String path;
    protected final byte[] nameBytes;
    private final Cleaner.Cleanable release;
    private boolean closed;
    private String name;
    private int type;
    private long ino;

    NativeDirStream(Handle handle, DirentLayout layout, ErrnoTranslator errors, String path) {
        this.errors = errors;
        this.path = path;
        this.nameBytes = new byte[layout.maxName() + 1];
        this.release = CLEANER.register(this, handle);
    }

    /**
     * The open directory: a file descriptor, or a {@code DIR *} that owns it. A directory read through a
     * duplicate of the caller's descriptor shares the caller's file offset, which is put back on close.
     */
    record Handle(LibC libc, int fd, long dir, long callerOffset) implements Runnable {
        static final long NO_OFFSET = -1;

        @Override
        public void run() {
            if (callerOffset != NO_OFFSET) {
                libc.lseek(fd, callerOffset, Abi.SEEK_SET);
            }
            if (dir != 0) {
                libc.closedir(dir);
            } else {
                libc.close(fd);
            }
        }
    }

    /**
     * Makes the entry whose name is in the first {@code nameLength} bytes of {@link #nameBytes} current,
     * unless it is {@code "."} or {@code ".."}.
     *
     * @return whether the entry was taken
     */
    protected final boolean entry(long ino, int dtype, int nameLength) {
        if (nameBytes[0] == '.' && (nameLength == 1 || nameLength == 2 && nameBytes[1] == '.')) {
            return false;
        }
        this.ino = ino;
        this.type = typeOf(dtype);
        this.name = FsCodec.decode(nameBytes, 0, nameLength);
        return true;
    }

    private static int typeOf(int dtype) {
        switch (dtype) {
            case DirentLayout.DT_UNKNOWN:
                return TYPE_UNKNOWN;
            case DirentLayout.DT_DIR:
                return TYPE_DIR;
            case DirentLayout.DT_REG:
                return TYPE_FILE;
            case DirentLayout.DT_LNK:
                return TYPE_SYMLINK;
            default:
                return TYPE_OTHER;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public long ino() {
        return ino;
    }

    @Override
    public final synchronized boolean next() throws OsException {
        if (closed) {
            return false;
        }
        try {
            return read();
        } finally {
            Reference.reachabilityFence(this); // else the cleaner may close the handle under the native call
        }
    }

    /** Advances to the next entry, as {@link #next()}, on a stream that is still open. */
    protected abstract boolean read() throws OsException;

    /** Releases the native handle, after a read in progress on another thread; later calls do nothing. */
    @Override
    public final synchronized void close() {
        if (!closed) {
            closed = true;
            release.clean();
            released();
        }
    }

    /** Called once, by the close that released the handle: no read is in progress, none will be. */
    protected void released() {
    }
}
