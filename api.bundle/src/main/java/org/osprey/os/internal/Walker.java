package org.osprey.os.internal;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.osprey.os.DirEntry;
import org.osprey.os.OsException;
import org.osprey.os.ScandirIterator;
import org.osprey.os.WalkEntry;
import org.osprey.os.WalkOptions;

/**
 * {@code os.walk}, as CPython 3.12+ does it: iteratively, with an explicit stack, one directory open at a time,
 * so memory grows with the depth and the widest directory, not with the tree. Top-down, the children of a
 * step are pushed only when the next step is asked for, so pruning {@code dirnames} in between takes effect.
 */
final class Walker implements Iterator<WalkEntry> {
    private final OsImpl os;
    private final WalkOptions options;
    private final String sep;
    private final boolean posix;
    /** Paths still to scan (String) and, bottom-up, steps waiting for their subtrees (WalkEntry). */
    private final ArrayDeque<Object> stack = new ArrayDeque<>();
    private WalkEntry next;
    /** Top-down: the step last handed out, whose dirnames are read when the walk moves on. */
    private WalkEntry yielded;
    private Set<String> yieldedNotLinks;

    Walker(OsImpl os, String top, WalkOptions options) {
        this.os = os;
        this.options = options;
        this.sep = os.platform().sep();
        this.posix = "posix".equals(os.platform().name());
        stack.push(top);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (yielded != null) {
            pushChildren(yielded, yieldedNotLinks);
            yielded = null;
            yieldedNotLinks = null;
        }
        while (!stack.isEmpty()) {
            Object item = stack.pop();
            if (item instanceof WalkEntry done) {
                next = done;
                return true;
            }
            if (scan((String) item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public WalkEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        WalkEntry e = next;
        next = null;
        return e;
    }

    /** Lists one directory; true if that produced the next step to hand out. */
    private boolean scan(String top) {
        List<String> dirs = new ArrayList<>();
        List<String> nondirs = new ArrayList<>();
        List<String> walkDirs = options.topdown() ? null : new ArrayList<>();
        Set<String> notLinks = options.topdown() && !options.followlinks() ? new HashSet<>() : null;
        ScandirIterator it;
        try {
            it = os.scandir(top);
        } catch (OsException e) {
            onError(e);
            return false;
        }
        try (it) {
            while (true) {
                DirEntry entry;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    entry = it.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof OsException oe) {
                        onError(oe);
                        return false;
                    }
                    throw e;
                }
                boolean isDir;
                try {
                    isDir = entry.isDir();
                } catch (OsException e) {
                    isDir = false;
                }
                if (!isDir) {
                    nondirs.add(entry.name());
                    continue;
                }
                dirs.add(entry.name());
                if (notLinks == null && walkDirs == null) {
                    continue;
                }
                boolean symlink;
                try {
                    symlink = entry.isSymlink();
                } catch (OsException e) {
                    symlink = false;
                }
                if (notLinks != null && !symlink) {
                    notLinks.add(entry.name());
                }
                if (walkDirs != null && (options.followlinks() || !symlink)) {
                    walkDirs.add(entry.path());
                }
            }
        }
        WalkEntry step = new WalkEntry(top, dirs, nondirs);
        if (options.topdown()) {
            next = step;
            yielded = step;
            yieldedNotLinks = notLinks;
            return true;
        }
        stack.push(step);
        for (int i = walkDirs.size() - 1; i >= 0; i--) {
            stack.push(walkDirs.get(i));
        }
        return false;
    }

    /**
     * Pushes the subdirectories left in a top-down step's {@code dirnames}. A name the scan saw as a real
     * directory needs no {@code lstat}; one the caller added is checked as CPython checks every name.
     */
    private void pushChildren(WalkEntry step, Set<String> notLinks) {
        List<String> dirs = step.dirnames();
        for (int i = dirs.size() - 1; i >= 0; i--) {
            String name = dirs.get(i);
            String child = join(step.dirpath(), name);
            if (options.followlinks() || notLinks.contains(name) || !os.path().islink(child)) {
                stack.push(child);
            }
        }
    }

    private String join(String top, String name) {
        if (posix) {
            return Entry.prefix(top, sep).concat(name);
        }
        return os.path().join(top, name);
    }

    private void onError(OsException e) {
        if (options.onerror() != null) {
            options.onerror().accept(e);
        }
    }
}
