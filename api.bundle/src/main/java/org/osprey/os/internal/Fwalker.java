package org.osprey.os.internal;

import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.osprey.os.FwalkEntry;
import org.osprey.os.FwalkIterator;
import org.osprey.os.FwalkOptions;
import org.osprey.os.OsException;
import org.osprey.os.StatResult;
import org.osprey.os.spi.DirStream;
import org.osprey.os.spi.Descriptors;
import org.osprey.os.spi.DirectoryDescriptors;
import org.osprey.os.spi.Files;

/**
 * {@code os.fwalk} as CPython 3.13 does it: an explicit stack of things to do, where a directory's descriptor
 * is closed by a task pushed under its children, so one descriptor is open per level. Every descriptor it
 * opens is in {@link Descriptors} until closed, and {@link #close()} closes what is left, as the garbage
 * collector does for a walk dropped unfinished (CPython closes a dropped generator). Stepping and closing
 * exclude each other: a close from another thread waits for the step in progress, so no call of the walk
 * ever uses a descriptor number after it was closed (and maybe reused by another open).
 */
final class Fwalker implements FwalkIterator {
    /** Something left to do: open and list a directory, hand out a finished bottom-up step, or close an fd. */
    private sealed interface Task {
    }

    private record Walk(int dirFd, String path, String name) implements Task {
    }

    private record Yield(FwalkEntry step) implements Task {
    }

    private record Close(int fd) implements Task {
    }

    /** The descriptors the walk has open; what the collector closes never refers to the walk. */
    private static final class Open implements Runnable {
        private final Descriptors descriptors;
        private final Set<Integer> open = new LinkedHashSet<>();

        Open(Descriptors descriptors) {
            this.descriptors = descriptors;
        }

        synchronized int add(int fd) {
            open.add(fd);
            return fd;
        }

        synchronized void close(int fd) throws OsException {
            open.remove(fd);
            descriptors.close(fd);
        }

        /** Closes them all; the first error, if any, is thrown once all are closed. */
        @Override
        public synchronized void run() {
            OsException first = null;
            for (int fd : open) {
                try {
                    descriptors.close(fd);
                } catch (OsException e) {
                    first = first == null ? e : first;
                }
            }
            open.clear();
            if (first != null) {
                throw new UncheckedIOException(first);
            }
        }
    }

    private final Files files;
    private final Descriptors descriptors;
    private final DirectoryDescriptors directories;
    private final FwalkOptions options;
    private final String sep;
    private final Open fds;
    private final Release release;
    private final ArrayDeque<Task> stack = new ArrayDeque<>();
    private FwalkEntry next;
    /** Top-down: the step last handed out, whose dirnames are read when the walk moves on. */
    private FwalkEntry yielded;
    private boolean closed;

    private Fwalker(OsImpl os, FwalkOptions options) {
        this.files = os.files();
        this.descriptors = os.descriptors();
        this.directories = os.facet(DirectoryDescriptors.class, "fwalk");
        this.options = options;
        this.sep = os.platform().sep();
        this.fds = new Open(descriptors);
        this.release = Release.of(this, fds);
    }

    /** Opens {@code top} now, so that an error about it is thrown here, as Python raises it. */
    static Fwalker start(OsImpl os, String top, FwalkOptions options) throws OsException {
        Fwalker walker = new Fwalker(os, options);
        StatResult before = options.followSymlinks() ? null : walker.files.stat(top, options.dirFd(), false);
        int fd = walker.fds.add(walker.directories.openDirectoryFd(top, options.dirFd()));
        walker.stack.push(new Close(fd));
        try {
            if (before == null || before.isDir() && sameFile(before, walker.descriptors.fstat(fd))) {
                walker.scan(fd, top);
            }
        } catch (OsException | RuntimeException e) {
            walker.close();
            throw e;
        }
        return walker;
    }

    private static boolean sameFile(StatResult a, StatResult b) {
        return a.ino() == b.ino() && a.dev() == b.dev();
    }

    @Override
    public synchronized boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (yielded != null) {
            pushChildren(yielded);
            yielded = null;
        }
        try {
            while (next == null && !stack.isEmpty()) {
                Task task = stack.pop();
                if (task instanceof Close c) {
                    fds.close(c.fd());
                } else if (task instanceof Yield y) {
                    next = y.step();
                } else {
                    walk((Walk) task);
                }
            }
        } catch (OsException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        } finally {
            Reference.reachabilityFence(this); // else the collector may close the descriptors under a call
        }
        return next != null;
    }

    @Override
    public synchronized FwalkEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        FwalkEntry step = next;
        next = null;
        return step;
    }

    /** A subdirectory: opened only if it is still the directory that was listed (never a swapped-in symlink). */
    private void walk(Walk task) throws OsException {
        StatResult before = null;
        int fd;
        try {
            if (!options.followSymlinks()) {
                before = files.stat(task.name(), task.dirFd(), false);
            }
            fd = fds.add(directories.openDirectoryFd(task.name(), task.dirFd()));
        } catch (OsException e) {
            if (options.onerror() != null) {
                options.onerror().accept(e);
            }
            return;
        }
        stack.push(new Close(fd));
        if (before == null || sameFile(before, descriptors.fstat(fd))) {
            scan(fd, task.path());
        }
    }

    /** Lists the directory open at {@code fd}; the step is handed out now (top-down) or after its subtree. */
    private void scan(int fd, String path) throws OsException {
        List<String> dirs = new ArrayList<>();
        List<String> nondirs = new ArrayList<>();
        try (DirStream d = directories.opendir(fd)) {
            while (d.next()) {
                Entry entry = new Entry(files, "", d.name(), d.type(), d.ino(), d.hasIno(), fd);
                Boolean isDir = isDir(entry);
                if (isDir != null) {
                    (isDir ? dirs : nondirs).add(entry.name());
                }
            }
        }
        FwalkEntry step = new FwalkEntry(path, dirs, nondirs, fd);
        if (options.topdown()) {
            next = step;
            yielded = step;
        } else {
            stack.push(new Yield(step));
            pushChildren(step);
        }
    }

    /**
     * As CPython: whether the entry is a directory; an entry that cannot be stat'ed counts as a file if it is a
     * symlink, and is left out ({@code null}) if it vanished meanwhile.
     */
    private static Boolean isDir(Entry entry) {
        try {
            return entry.isDir();
        } catch (OsException e) {
            try {
                return entry.isSymlink() ? Boolean.FALSE : null;
            } catch (OsException vanished) {
                return null;
            }
        }
    }

    private void pushChildren(FwalkEntry step) {
        String prefix = Entry.prefix(step.dirpath(), sep);
        List<String> dirs = step.dirnames();
        for (int i = dirs.size() - 1; i >= 0; i--) {
            stack.push(new Walk(step.dirfd(), prefix + dirs.get(i), dirs.get(i)));
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        next = null;
        yielded = null;
        stack.clear();
        release.run();
    }
}
