package org.osprey.shutil.internal.archive;

import static org.osprey.os.PyRepr.repr;

import java.util.List;

import org.osprey.os.At;
import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.shutil.ArchiveFilterException;

/**
 * The directory an archive is unpacked into. Where the provider has directory descriptors it is held open, and
 * every member is reached from it one component at a time with {@code O_NOFOLLOW}, so a symlink (one from the
 * archive or one already there) is never passed through, whatever races with the extraction: nothing can be
 * written outside. Elsewhere every component of a member's path is checked with {@code lstat} (a symlink is
 * refused as above) and the member is then reached by its path: the same refusals, but a change of the tree
 * between the check and the use is not seen.
 */
final class Destination implements AutoCloseable {
    /**
     * The parent directory of a member, open, and the member's last component; or, without directory
     * descriptors, {@link At#NO_DIR_FD} and the member's whole (checked) path. Either way the calls are
     * {@code os.call(leaf, ..., at())}.
     */
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

        /** Gives the regular file at the leaf, open as {@code file}, its mode and times. */
        void setAttributes(int file, int mode, long mtimeNs) throws OsException {
            if (fd == At.NO_DIR_FD) {
                os.chmod(leaf, mode);
                os.utimeNs(leaf, mtimeNs, mtimeNs, At.DEFAULT);
            } else {
                os.fchmod(file, mode);
                os.utimeNs(file, mtimeNs, mtimeNs);
            }
        }

        @Override
        public void close() throws OsException {
            if (fd != At.NO_DIR_FD) {
                os.close(fd);
            }
        }
    }

    private final Os os;
    private final String path;
    /** The destination, open; {@link At#NO_DIR_FD} where members are reached by checked paths. */
    private final int fd;

    private Destination(Os os, String path, int fd) {
        this.os = os;
        this.path = path;
        this.fd = fd;
    }

    /** Opens {@code path}, creating it (and its parents) if missing, as Python's extraction does. */
    static Destination open(Os os, String path) throws OsException {
        os.makedirs(path, 0777, true);
        int fd = DirFds.usable(os) ? os.open(path, os.O_RDONLY() | os.O_DIRECTORY()) : At.NO_DIR_FD;
        return new Destination(os, path, fd);
    }

    /** Whether a hard link to a symlink can be made (else the extraction makes the same symlink again). */
    boolean linksSymlinks() {
        return fd != At.NO_DIR_FD;
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
        return parent(member, true);
    }

    /** Opens the parent of {@code member} if every directory on the way exists. */
    Parent existingParent(MemberPath member) throws OsException, ArchiveFilterException {
        return parent(member, false);
    }

    private Parent parent(MemberPath member, boolean create) throws OsException, ArchiveFilterException {
        if (fd == At.NO_DIR_FD) {
            return new Parent(os, At.NO_DIR_FD,
                    os.path().join(checkedPath(member, member.parentParts(), create), member.leaf()));
        }
        return new Parent(os, walk(member, member.parentParts(), create), member.leaf());
    }

    /** Makes the directory {@code member} names and its parents where missing. */
    void makeDirectories(MemberPath member) throws OsException, ArchiveFilterException {
        if (fd == At.NO_DIR_FD) {
            checkedPath(member, member.parts(), true);
        } else {
            os.close(walk(member, member.parts(), true));
        }
    }

    /** Gives the directory {@code member} names its mode (unless null) and times. */
    void setDirectoryAttributes(MemberPath member, Integer mode, long mtimeNs)
            throws OsException, ArchiveFilterException {
        if (fd == At.NO_DIR_FD) {
            String dir = checkedPath(member, member.parts(), false);
            if (mode != null) {
                os.chmod(dir, mode);
            }
            os.utimeNs(dir, mtimeNs, mtimeNs, At.DEFAULT);
            return;
        }
        int dir = walk(member, member.parts(), false);
        try {
            if (mode != null) {
                os.fchmod(dir, mode);
            }
            os.utimeNs(dir, mtimeNs, mtimeNs);
        } finally {
            os.close(dir);
        }
    }

    /**
     * The path of the directory {@code parts} names below the destination, each component checked (and made if
     * missing and {@code create}): a symlink is refused, another file is {@code ENOTDIR}, as the descriptor walk
     * answers.
     */
    private String checkedPath(MemberPath member, List<String> parts, boolean create)
            throws OsException, ArchiveFilterException {
        String current = path;
        for (String part : parts) {
            current = os.path().join(current, part);
            StatResult st = create ? os.statIfExists(current, At.NOFOLLOW).orElse(null)
                    : os.lstat(current);
            if (st == null) {
                try {
                    os.mkdir(current, 0777);
                } catch (FileExistsOsException raced) {
                    // someone made it meanwhile: checked below like any existing directory
                }
                st = os.lstat(current);
            }
            if (st.isSymlink()) {
                throw throughSymlink(member, part);
            }
            if (!st.isDir()) {
                int enotdir = os.errno().ENOTDIR();
                throw new NotADirectoryOsException(enotdir, os.strerror(enotdir), current, null);
            }
        }
        return current;
    }

    private static ArchiveFilterException throughSymlink(MemberPath member, String name) {
        return new ArchiveFilterException(member.name(),
                repr(member.name()) + " would be extracted through the symlink " + repr(name));
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
                throw throughSymlink(member, name);
            }
            throw e;
        }
    }

    @Override
    public void close() throws OsException {
        if (fd != At.NO_DIR_FD) {
            os.close(fd);
        }
    }
}
