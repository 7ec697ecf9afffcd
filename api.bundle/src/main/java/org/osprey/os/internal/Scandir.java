package org.osprey.os.internal;

import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

import org.osprey.os.DirEntry;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.Files;

/** {@code os.scandir}: the directory stays open until iteration ends or the caller closes it. */
final class Scandir implements ScandirIterator {
    private final Files files;
    private final DirStream dir;
    private final String prefix;
    private final int dirFd;
    private DirEntry next;
    private boolean done;

    /**
     * @param path  the path that was scanned, or {@code null} when the directory came as {@code dirFd}
     */
    Scandir(Files files, String sep, DirStream dir, String path, int dirFd) {
        this.files = files;
        this.dir = dir;
        this.dirFd = dirFd;
        this.prefix = path == null ? "" : Entry.prefix(path, sep);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            if (dir.next()) {
                next = new Entry(files, prefix, dir.name(), dir.type(), dir.ino(), dir.hasIno(), dirFd);
                return true;
            }
        } catch (OsException e) {
            close();
            throw new UncheckedIOException(e);
        }
        close();
        return false;
    }

    @Override
    public DirEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DirEntry e = next;
        next = null;
        return e;
    }

    @Override
    public void close() {
        if (!done) {
            done = true;
            dir.close();
        }
    }
}
