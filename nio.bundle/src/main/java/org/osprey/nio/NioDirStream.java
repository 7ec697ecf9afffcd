package org.osprey.nio;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;

import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.DirStream;

/**
 * A directory read through {@link DirectoryStream}. The JDK gives names only, so an entry's type and inode
 * number come from an {@code lstat} of it, made once, when first asked (0 and unknown if it is gone by then).
 */
final class NioDirStream implements DirStream {
    /** Closes a stream dropped unclosed, when it is collected. */
    private static final Cleaner CLEANER = Cleaner.create();

    private final Path dir;
    private final Cleaner.Cleanable release;
    private final DirectoryStream<Path> stream;
    private final Iterator<Path> entries;
    private Path current;
    private StatResult stat;
    private boolean closed;

    NioDirStream(Path dir, DirectoryStream<Path> stream) {
        this.dir = dir;
        this.stream = stream;
        this.entries = stream.iterator();
        this.release = CLEANER.register(this, () -> closeQuietly(stream));
    }

    private static void closeQuietly(DirectoryStream<Path> stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // a directory being read has nothing to flush: closing it cannot lose data
        }
    }

    @Override
    public synchronized boolean next() throws OsException {
        if (closed) {
            return false;
        }
        try {
            if (!entries.hasNext()) {
                return false;
            }
            current = entries.next();
            stat = null;
            return true;
        } catch (DirectoryIteratorException e) {
            throw NioPlatform.ERRORS.translate(e.getCause(), NioPaths.name(dir), null);
        }
    }

    @Override
    public synchronized String name() {
        return NioPaths.name(current.getFileName());
    }

    @Override
    public synchronized int type() {
        StatResult s = stat();
        if (s == null) {
            return TYPE_UNKNOWN;
        }
        return switch (s.mode() & 0170000) {
            case 0040000 -> TYPE_DIR;
            case 0100000 -> TYPE_FILE;
            case 0120000 -> TYPE_SYMLINK;
            case 0 -> TYPE_UNKNOWN;
            default -> TYPE_OTHER;
        };
    }

    @Override
    public synchronized long ino() {
        StatResult s = stat();
        return s == null ? 0 : s.ino();
    }

    private StatResult stat() {
        if (stat == null) {
            try {
                stat = NioStat.stat(current, false);
            } catch (IOException e) {
                return null;
            }
        }
        return stat;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            release.clean();
        }
    }
}
