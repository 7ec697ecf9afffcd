package org.osprey.shutil.internal.archive;

import static org.osprey.os.PyRepr.repr;

import java.util.List;

import org.osprey.os.At;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.shutil.ArchiveFilterException;

/**
 * The directory an archive is unpacked into, held open. Every member is reached from it one component at a time
 * with {@code O_NOFOLLOW}, so a symlink (one from the archive or one already there) is never passed through,
 * whatever races with the extraction: nothing can be written outside.
 */
final class Destination implements AutoCloseable {
    /** The parent directory of a member, open, and the member's last component. */
    record Parent(Os os, int fd, String leaf) implements AutoCloseable {
        At at() {
            return At.dirFd(fd);
        }

        At noFollow() {
            return At.dirFd(fd).noFollowSymlinks();
        }

        /** The leaf's lstat, or null if nothing is there. */
        StatResult lstatOrNull() throws OsException {
            try {
                return os.lstat(leaf, noFollow());
            } catch (FileNotFoundOsException e) {
                return null;
            }
        }

        /** Removes a non-directory at the leaf, so that a new one never writes through an existing link. */
        void clearLeaf() throws OsException {
            StatResult st = lstatOrNull();
            if (st != null && !st.isDir()) {
                os.unlink(leaf, at());
            }
        }

        @Override
        public void close() throws OsException {
            os.close(fd);
        }
    }

    private final Os os;
    private final String path;
    private final int fd;

    private Destination(Os os, String path, int fd) {
        this.os = os;
        this.path = path;
        this.fd = fd;
    }

    /** Opens {@code path}, creating it (and its parents) if missing, as Python's extraction does. */
    static Destination open(Os os, String path) throws OsException {
        os.makedirs(path, 0777, true);
        return new Destination(os, path, os.open(path, os.O_RDONLY() | os.O_DIRECTORY()));
    }

    String path() {
        return path;
    }

    /** Where {@code member} goes, as a path a user would give: the destination joined with the member's parts. */
    String pathOf(MemberPath member) {
        return os.path().join(path, member.relative());
    }

    /**
     * An OS error met while extracting {@code member}, naming the member's place in the destination (as CPython's
     * errors do) instead of the name relative to a directory descriptor that the call saw. Errors about a
     * descriptor alone (reading the archive, writing data) name no file and are kept as they are.
     */
    OsException named(OsException e, MemberPath member) {
        if (e.filename() == null) {
            return e;
        }
        return e.filename2() == null ? e.withFilenames(pathOf(member), null)
                : e.withFilenames(e.filename(), pathOf(member));
    }

    /** Opens the parent of {@code member}, creating missing directories with the default mode. */
    Parent parent(MemberPath member) throws OsException, ArchiveFilterException {
        return new Parent(os, walk(member, member.parentParts(), true), member.leaf());
    }

    /** Opens the parent of {@code member} if every directory on the way exists. */
    Parent existingParent(MemberPath member) throws OsException, ArchiveFilterException {
        return new Parent(os, walk(member, member.parentParts(), false), member.leaf());
    }

    /** Opens the directory {@code member} names, creating it and its parents if missing. */
    int makeDirectories(MemberPath member) throws OsException, ArchiveFilterException {
        return walk(member, member.parts(), true);
    }

    /** Opens the directory {@code member} names (the destination itself for the root). */
    int directory(MemberPath member) throws OsException, ArchiveFilterException {
        return walk(member, member.parts(), false);
    }

    private int walk(MemberPath member, List<String> parts, boolean create)
            throws OsException, ArchiveFilterException {
        int current = os.dup(fd);
        try {
            for (String part : parts) {
                int next = openDir(member, current, part, create);
                os.close(current);
                current = next;
            }
            return current;
        } catch (OsException | ArchiveFilterException | RuntimeException e) {
            os.close(current);
            throw e;
        }
    }

    private int openDir(MemberPath member, int at, String name, boolean create)
            throws OsException, ArchiveFilterException {
        int flags = os.O_RDONLY() | os.O_DIRECTORY() | os.O_NOFOLLOW();
        try {
            return os.open(name, flags, 0, At.dirFd(at));
        } catch (FileNotFoundOsException e) {
            if (!create) {
                throw e;
            }
            try {
                os.mkdir(name, 0777, At.dirFd(at));
            } catch (FileExistsOsException raced) {
                // someone made it meanwhile: opened below like any existing directory
            }
            return os.open(name, flags, 0, At.dirFd(at));
        } catch (OsException e) {
            StatResult st = os.lstat(name, At.dirFd(at).noFollowSymlinks());
            if (st.isSymlink()) {
                throw new ArchiveFilterException(member.name(),
                        repr(member.name()) + " would be extracted through the symlink " + repr(name));
            }
            throw e;
        }
    }

    @Override
    public void close() throws OsException {
        os.close(fd);
    }
}
