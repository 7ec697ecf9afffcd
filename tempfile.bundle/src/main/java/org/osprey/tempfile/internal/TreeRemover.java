package org.osprey.tempfile.internal;

import java.io.UncheckedIOException;

import org.osprey.os.At;
import org.osprey.os.DirEntry;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;

/**
 * What {@code TemporaryDirectory} needs of {@code shutil.rmtree}: its descriptor-based walk (every name is
 * opened, listed and removed relative to its parent's descriptor, and a directory is only entered if the
 * {@code lstat} of its name and the {@code fstat} of what was opened agree, so a symlink never leads out of the
 * tree) with {@code TemporaryDirectory}'s error handler (a permission error is met by giving the parent, and a
 * directory itself, mode {@code 0o700} and trying once more; a name already gone is no error; anything else is
 * thrown unless errors are ignored). Streams: one {@code scandir} and one descriptor per level.
 * Once {@code shutil.rmtree} with {@code onexc} exists it can do this job.
 */
final class TreeRemover {
    private static final int OWNER_ONLY = 0700;
    private final Os os;
    private final boolean ignoreErrors;
    private final int dirFlags;

    private TreeRemover(Os os, boolean ignoreErrors) {
        this.os = os;
        this.ignoreErrors = ignoreErrors;
        this.dirFlags = os.O_RDONLY() | os.O_DIRECTORY() | os.O_NOFOLLOW() | os.O_CLOEXEC() | os.O_NONBLOCK();
    }

    /** Removes {@code top} and everything in it; a missing {@code top} is no error. */
    static void rmtree(Os os, String top, boolean ignoreErrors) throws OsException {
        new TreeRemover(os, ignoreErrors).removeTop(top);
    }

    private void removeTop(String top) throws OsException {
        StatResult st;
        int fd;
        try {
            st = os.lstat(top);
            if (st.isSymlink()) {
                fail(symlinkError(top));
                return;
            }
            fd = openTop(top);
        } catch (FileNotFoundOsException e) {
            return;
        } catch (OsException e) {
            fail(e);
            return;
        }
        try {
            if (!os.path().samestat(st, os.fstat(fd))) {
                fail(symlinkError(top));
                return;
            }
            removeContents(fd, top);
        } finally {
            os.close(fd);
        }
        try {
            os.rmdir(top);
        } catch (FileNotFoundOsException e) {
            // gone already
        } catch (OsException e) {
            fail(e);
        }
    }

    private int openTop(String top) throws OsException {
        try {
            return os.open(top, dirFlags);
        } catch (PermissionOsException e) {
            if (!os.lstat(top).isDir()) {
                throw e;
            }
            os.chmod(top, OWNER_ONLY);
            return os.open(top, dirFlags);
        }
    }

    /** Empties the directory open at {@code fd}; scans again while a pass removed something (see below). */
    private void removeContents(int fd, String path) throws OsException {
        // Removing entries while reading a directory may make some file systems skip others: a pass that
        // removed anything is followed by one more, which on a now empty directory costs one read.
        while (removePass(fd, path)) {
            // again
        }
    }

    private boolean removePass(int fd, String path) throws OsException {
        boolean removed = false;
        try (ScandirIterator entries = os.scandir(fd)) {
            for (DirEntry entry : entries) {
                removed |= removeEntry(fd, path, entry);
            }
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof OsException cause)) {
                throw e;
            }
            fail(cause);
        }
        return removed;
    }

    private boolean removeEntry(int parent, String parentPath, DirEntry entry) throws OsException {
        String name = entry.name();
        String path = os.path().join(parentPath, name);
        boolean isDir;
        try {
            isDir = entry.isDir(false);
        } catch (OsException e) {
            isDir = false; // as shutil: let the unlink tell what is wrong
        }
        return isDir ? removeDir(parent, name, path) : unlink(parent, name, path);
    }

    private boolean removeDir(int parent, String name, String path) throws OsException {
        At at = At.dirFd(parent);
        int fd;
        StatResult st;
        try {
            st = os.lstat(name, at.noFollowSymlinks());
            fd = openChild(parent, name, st);
        } catch (FileNotFoundOsException e) {
            return false;
        } catch (OsException e) {
            fail(withPath(e, path));
            return false;
        }
        try {
            if (!os.path().samestat(st, os.fstat(fd))) {
                fail(symlinkError(path));
                return false;
            }
            removeContents(fd, path);
        } finally {
            os.close(fd);
        }
        try {
            try {
                os.rmdir(name, at);
            } catch (PermissionOsException e) {
                os.fchmod(parent, OWNER_ONLY);
                os.rmdir(name, at);
            }
            return true;
        } catch (FileNotFoundOsException e) {
            return false;
        } catch (OsException e) {
            fail(withPath(e, path));
            return false;
        }
    }

    private int openChild(int parent, String name, StatResult st) throws OsException {
        At at = At.dirFd(parent);
        try {
            return os.open(name, dirFlags, 0, at);
        } catch (PermissionOsException e) {
            os.fchmod(parent, OWNER_ONLY);
            if (st.isDir()) {
                os.chmod(name, OWNER_ONLY, at);
            }
            return os.open(name, dirFlags, 0, at);
        }
    }

    private boolean unlink(int parent, String name, String path) throws OsException {
        At at = At.dirFd(parent);
        try {
            try {
                os.unlink(name, at);
            } catch (PermissionOsException e) {
                os.fchmod(parent, OWNER_ONLY);
                clearFlags(path);
                os.unlink(name, at);
            }
            return true;
        } catch (FileNotFoundOsException e) {
            return false;
        } catch (OsException e) {
            fail(withPath(e, path));
            return false;
        }
    }

    /** BSD flags such as {@code uchg} forbid unlinking (macOS); Linux has none, and no {@code chflags}. */
    private void clearFlags(String path) throws OsException {
        try {
            os.chflags(path, 0, false);
        } catch (UnsupportedOperationException e) {
            // the platform has no file flags, so none can be in the way
        }
    }

    /** The error with the full path instead of the name relative to a descriptor, as Python reports it. */
    private static OsException withPath(OsException e, String path) {
        return path.equals(e.filename()) ? e : e.withFilenames(path, e.filename2());
    }

    /** Python raises a bare {@code OSError} here, with no errno. */
    private static OsException symlinkError(String path) {
        return new OsException(0, "Cannot call rmtree on a symbolic link", path);
    }

    private void fail(OsException e) throws OsException {
        if (!ignoreErrors) {
            throw e;
        }
    }
}
