package org.osprey.os.internal;

import org.osprey.os.DirEntry;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.OsException;
import org.osprey.os.Stat;
import org.osprey.os.StatResult;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.Files;
import org.osprey.os.spi.OsProvider;

/** A {@link DirEntry}: its type from the directory where known, its stat results fetched once each. */
final class Entry implements DirEntry {
    private final Files files;
    private final String name;
    private final String prefix;
    /** Joined on first use: os.walk asks only a directory's entries for their paths. */
    private String path;
    private final int type;
    private long ino;
    /** False where the directory gave no inode number (Windows): {@link #inode()} lstats for it. */
    private boolean inoKnown;
    private final int dirFd;
    private StatResult stat;
    private StatResult lstat;

    Entry(Files files, String prefix, String name, int type, long ino, boolean inoKnown, int dirFd) {
        this.files = files;
        this.name = name;
        this.prefix = prefix;
        this.type = type;
        this.ino = ino;
        this.inoKnown = inoKnown;
        this.dirFd = dirFd;
    }

    /** What goes before an entry's name: the scanned path and a separator unless it ends with one. */
    static String prefix(String path, String sep) {
        return path.isEmpty() || path.endsWith(sep) ? path : path + sep;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String path() {
        String p = path;
        if (p == null) {
            path = p = prefix.isEmpty() ? name : prefix.concat(name);
        }
        return p;
    }

    @Override
    public long inode() throws OsException {
        if (!inoKnown) {
            ino = stat(false).ino();
            inoKnown = true;
        }
        return ino;
    }

    @Override
    public boolean isDir() throws OsException {
        return isDir(true);
    }

    @Override
    public boolean isDir(boolean followSymlinks) throws OsException {
        return testMode(Stat.S_IFDIR, DirStream.TYPE_DIR, followSymlinks);
    }

    @Override
    public boolean isFile() throws OsException {
        return isFile(true);
    }

    @Override
    public boolean isFile(boolean followSymlinks) throws OsException {
        return testMode(Stat.S_IFREG, DirStream.TYPE_FILE, followSymlinks);
    }

    @Override
    public boolean isSymlink() throws OsException {
        if (type != DirStream.TYPE_UNKNOWN) {
            return type == DirStream.TYPE_SYMLINK;
        }
        try {
            return Stat.S_ISLNK(stat(false).mode());
        } catch (FileNotFoundOsException e) {
            return false;
        }
    }

    @Override
    public boolean isJunction() {
        return false;
    }

    private boolean testMode(int fileType, int direntType, boolean follow) throws OsException {
        if (type != DirStream.TYPE_UNKNOWN && !(follow && type == DirStream.TYPE_SYMLINK)) {
            return type == direntType;
        }
        try {
            return (stat(follow).mode() & Stat.S_IFMT) == fileType;
        } catch (FileNotFoundOsException e) {
            return false;
        }
    }

    @Override
    public StatResult stat() throws OsException {
        return stat(true);
    }

    @Override
    public StatResult stat(boolean followSymlinks) throws OsException {
        if (!followSymlinks) {
            if (lstat == null) {
                lstat = files.stat(statPath(), dirFd, false);
            }
            return lstat;
        }
        if (stat == null) {
            stat = isSymlink() ? files.stat(statPath(), dirFd, true) : stat(false);
        }
        return stat;
    }

    /** With a directory fd the name is resolved against it; else the joined path is used. */
    private String statPath() {
        return dirFd == OsProvider.NO_DIR_FD ? path() : name;
    }

    @Override
    public String toString() {
        return "<DirEntry '" + name + "'>";
    }
}
