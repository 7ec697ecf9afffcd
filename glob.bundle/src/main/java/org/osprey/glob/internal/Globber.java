package org.osprey.glob.internal;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.osprey.os.At;
import org.osprey.os.DirEntry;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.path.OsPath;
import org.osprey.os.path.Split;

/**
 * One {@code glob.iglob} call's walk, with CPython 3.13's algorithm: split off the last segment, glob the
 * directory part (directories only), then match the last segment in each of them. A directory is listed
 * whole and closed before its names are used. OS errors mean "no match", as in CPython.
 */
final class Globber {
    private final Os os;
    private final OsPath path;
    private final NameFilter filter;
    private final int dirFd;
    private final boolean recursive;
    private final boolean includeHidden;

    /** {@code fnmatch.filter} of one kind of name: the names that match a segment of the pattern. */
    interface NameFilter {
        List<String> filter(List<String> names, String pattern);
    }

    /**
     * {@code filter} matches names and pattern as {@code str} or as {@code bytes}: the walk itself (split at
     * {@code '/'}, the magic characters, {@code '.'}, {@code "**"}) is the same for both on the decoded text. (Not
     * under {@code ntpath}, whose bytes drive letters differ: a Windows provider will need the bytes split.)
     */
    Globber(Os os, NameFilter filter, int dirFd, boolean recursive, boolean includeHidden) {
        this.os = os;
        this.path = os.path();
        this.filter = filter;
        this.dirFd = dirFd;
        this.recursive = recursive;
        this.includeHidden = includeHidden;
    }

    /** {@code glob._iglob}. */
    Iterator<String> iglob(String pathname, String rootDir, boolean dironly) {
        return Lazy.defer(() -> {
            Split split = path.split(pathname);
            String dirname = split.head();
            String basename = split.tail();
            if (!GlobImpl.hasMagicChars(pathname)) {
                boolean found = basename.isEmpty() ? isdir(join(rootDir, dirname)) : lexists(join(rootDir, pathname));
                return found ? Lazy.single(pathname) : Lazy.empty();
            }
            if (dirname.isEmpty()) {
                return inDir(basename).apply(rootDir, basename, dironly);
            }
            Split lastDir = path.split(dirname);
            if (recursive && GlobImpl.hasMagicChars(basename) && !basename.equals("**")
                    && lastDir.tail().equals("**") && !lastDir.head().equals(dirname)) {
                return underEveryDirectory(lastDir.head(), basename, rootDir, dironly);
            }
            // split returns a drive or UNC root itself as the dirname: don't recurse forever on it
            Iterator<String> dirs = !dirname.equals(pathname) && GlobImpl.hasMagicChars(dirname)
                    ? iglob(dirname, rootDir, true) : Lazy.single(dirname);
            InDir glob = GlobImpl.hasMagicChars(basename) ? inDir(basename) : this::glob0;
            return Lazy.flatMap(dirs, dir -> Lazy.map(glob.apply(join(rootDir, dir), basename, dironly),
                    name -> path.join(dir, name)));
        });
    }

    /**
     * {@code PREFIX/**}{@code /SEGMENT}: CPython lists every directory twice, once for the subdirectories that
     * {@code **} stands for and once for the names that {@code SEGMENT} matches. One listing serves both here,
     * giving the same names in the same order (a directory's matches, then each subdirectory's, depth first).
     */
    private Iterator<String> underEveryDirectory(String prefix, String segment, String rootDir, boolean dironly) {
        Iterator<String> tops = prefix.isEmpty() ? Lazy.single("")
                : GlobImpl.hasMagicChars(prefix) ? iglob(prefix, rootDir, true) : Lazy.single(prefix);
        return Lazy.flatMap(tops, top -> {
            String dir = join(rootDir, top);
            if (!top.isEmpty() && !isdir(dir)) {
                return Lazy.empty();
            }
            // as glob2's "" for the top itself: its own names carry the prefix with a separator after it
            String base = top.isEmpty() ? "" : path.join(top, "");
            return Lazy.map(matchesBelow(dir, segment, dironly), name -> base + name);
        });
    }

    private Iterator<String> matchesBelow(String dir, String segment, boolean dironly) {
        return Lazy.defer(() -> {
            List<String> names = new ArrayList<>();
            List<String> subdirs = new ArrayList<>();
            list(dir, dironly, names, subdirs);
            if (!includeHidden) {
                subdirs.removeIf(Globber::isHidden);
                if (!isHidden(segment)) {
                    names.removeIf(Globber::isHidden);
                }
            }
            Iterator<String> here = filter.filter(names, segment).iterator();
            return Lazy.concat(here, () -> Lazy.flatMap(subdirs.iterator(), sub -> Lazy.map(
                    matchesBelow(join(dir, sub), segment, dironly), name -> join(sub, name))));
        });
    }

    /** Matches one segment in one directory. */
    private interface InDir {
        Iterator<String> apply(String dirname, String pattern, boolean dironly);
    }

    private InDir inDir(String magicSegment) {
        return recursive && magicSegment.equals("**") ? this::glob2 : this::glob1;
    }

    private Iterator<String> glob1(String dirname, String pattern, boolean dironly) {
        List<String> names = listdir(dirname, dironly);
        if (!includeHidden && !isHidden(pattern)) {
            names.removeIf(Globber::isHidden);
        }
        return filter.filter(names, pattern).iterator();
    }

    private Iterator<String> glob0(String dirname, String basename, boolean dironly) {
        boolean found = basename.isEmpty() ? isdir(dirname) : lexists(join(dirname, basename));
        return found ? Lazy.single(basename) : Lazy.empty();
    }

    private Iterator<String> glob2(String dirname, String pattern, boolean dironly) {
        Iterator<String> below = Lazy.defer(() -> rlistdir(dirname, dironly));
        return dirname.isEmpty() || isdir(dirname) ? Lazy.cons("", () -> below) : below;
    }

    private Iterator<String> rlistdir(String dirname, boolean dironly) {
        List<String> names = listdir(dirname, dironly);
        if (!includeHidden) {
            names.removeIf(Globber::isHidden);
        }
        Function<String, Iterator<String>> withSubtree = x -> Lazy.cons(x, () -> Lazy.defer(
                () -> Lazy.map(rlistdir(join(dirname, x), dironly), y -> join(x, y))));
        return Lazy.flatMap(names.iterator(), withSubtree);
    }

    /** {@code glob._listdir}: the names in a directory (only its subdirectories if {@code dironly}). */
    private List<String> listdir(String dirname, boolean dironly) {
        List<String> names = new ArrayList<>();
        list(dirname, dironly, names, null);
        return names;
    }

    /** One listing of a directory: its names (only subdirectories' if {@code dironly}), and its subdirectories. */
    private void list(String dirname, boolean dironly, List<String> names, List<String> subdirs) {
        try {
            if (dirFd == At.NO_DIR_FD) {
                try (ScandirIterator it = os.scandir(dirname.isEmpty() ? "." : dirname)) {
                    collect(it, dironly, names, subdirs);
                }
            } else if (dirname.isEmpty()) {
                try (ScandirIterator it = os.scandir(dirFd)) {
                    collect(it, dironly, names, subdirs);
                }
            } else {
                int fd = os.open(dirname, os.O_RDONLY() | os.O_DIRECTORY(), 0, At.dirFd(dirFd));
                try (ScandirIterator it = os.scandir(fd)) {
                    collect(it, dironly, names, subdirs);
                } finally {
                    os.close(fd);
                }
            }
        } catch (OsException | UncheckedIOException e) {
            // CPython: an unreadable directory has no (more) matches
        }
    }

    private static void collect(ScandirIterator it, boolean dironly, List<String> names, List<String> subdirs) {
        for (DirEntry entry : it) {
            if (!dironly) {
                // a name whose type cannot be read (a symlink loop: ELOOP) is still a name
                names.add(entry.name());
            }
            if ((dironly || subdirs != null) && isDir(entry)) {
                if (dironly) {
                    names.add(entry.name());
                }
                if (subdirs != null) {
                    subdirs.add(entry.name());
                }
            }
        }
    }

    /** CPython: an entry whose type cannot be read is not a directory. */
    private static boolean isDir(DirEntry entry) {
        try {
            return entry.isDir();
        } catch (OsException e) {
            return false;
        }
    }

    private boolean lexists(String p) {
        if (dirFd == At.NO_DIR_FD) {
            return path.lexists(p);
        }
        try {
            os.lstat(p, At.dirFd(dirFd).noFollowSymlinks());
            return true;
        } catch (OsException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isdir(String p) {
        if (dirFd == At.NO_DIR_FD) {
            return path.isdir(p);
        }
        try {
            return os.stat(p, At.dirFd(dirFd)).isDir();
        } catch (OsException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code glob._join}: no separator added next to an empty part. */
    private String join(String dirname, String basename) {
        if (dirname.isEmpty() || basename.isEmpty()) {
            return dirname.isEmpty() ? basename : dirname;
        }
        return path.join(dirname, basename);
    }

    private static boolean isHidden(String name) {
        return name.charAt(0) == '.';
    }
}
