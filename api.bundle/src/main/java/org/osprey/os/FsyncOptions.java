package org.osprey.os;

/**
 * How far {@link Os#fsync(int, FsyncOptions)} pushes a file: to the drive, as {@code fsync(2)}, or through the
 * drive's own write cache to stable storage ({@link #full()}).
 *
 * <p>Python's {@code os.fsync} has no such keyword: code that needs it writes
 * {@code fcntl.fcntl(fd, fcntl.F_FULLFSYNC)} where {@code fcntl} has it (macOS) and {@code os.fsync(fd)}
 * elsewhere. {@code full()} is that idiom in one call: on macOS {@code fcntl(fd, F_FULLFSYNC)}, whose
 * {@code fsync(2)} leaves the data in the drive's cache; on Linux plain {@code fsync(2)}, which already asks the
 * drive to flush its cache (a write barrier), so nothing stronger exists to ask for.
 */
public final class FsyncOptions {
    private static final FsyncOptions DEFAULTS = new FsyncOptions(false);
    private static final FsyncOptions FULL = new FsyncOptions(true);

    private final boolean full;

    private FsyncOptions(boolean full) {
        this.full = full;
    }

    /** {@return {@code os.fsync(fd)} as Python's: {@code fsync(2)}} */
    public static FsyncOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a sync through the drive's write cache: {@code F_FULLFSYNC} on macOS, {@code fsync(2)} on Linux} */
    public static FsyncOptions full() {
        return FULL;
    }

    /** {@return whether the drive's write cache is to be flushed too} */
    public boolean isFull() {
        return full;
    }

    @Override
    public String toString() {
        return full ? "FsyncOptions.full()" : "FsyncOptions.defaults()";
    }
}
