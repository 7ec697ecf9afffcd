package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.osprey.os.At;
import org.osprey.os.DirEntry;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;
import org.osprey.os.Supports;
import org.osprey.shutil.Progress;
import org.osprey.shutil.RmtreeErrorHandler;
import org.osprey.shutil.RmtreeOptions;

/**
 * {@code rmtree}. Where the provider resolves names against directory descriptors, every step works relative to
 * the descriptor of a directory that was checked (lstat before open, fstat after, compared) and opened without
 * following a symlink, so a directory swapped for a symlink while this runs is never entered. An explicit stack
 * replaces recursion; at most one descriptor per level of the tree is open, and all are closed on every path out.
 */
final class TreeRemover {
    private enum Action { LSTAT, RMDIR, CLOSE }

    /** One pending step: for CLOSE, {@code fd} is the descriptor to close; else the parent's (or the caller's). */
    private record Step(Action action, int fd, String path, DirEntry entry) {
        String name() {
            return entry == null ? path : entry.name();
        }
    }

    private final Os os;
    private final boolean fdBased;

    TreeRemover(Os os) {
        this.os = os;
        Supports s = os.supports();
        // CPython's _use_fd_functions
        this.fdBased = s.dirFd().containsAll(List.of("open", "stat", "unlink", "rmdir")) && s.fd().contains("scandir")
                && s.followSymlinks().contains("stat");
    }

    boolean avoidsSymlinkAttacks() {
        return fdBased;
    }

    void rmtree(String path, RmtreeOptions options) throws IOException {
        RmtreeErrorHandler onexc = handler(options);
        try {
            if (fdBased) {
                removeFdBased(path, options.dirFd(), onexc, options.progress());
            } else if (options.dirFd() != At.NO_DIR_FD) {
                throw new UnsupportedOperationException("shutil.rmtree: dir_fd unavailable on this platform");
            } else {
                removeByPath(path, onexc, options.progress());
            }
        } catch (InterruptedIOException stop) {
            throw Cancellation.adding(stop, "; what was not removed yet stays in " + PyRepr.repr(path));
        }
    }

    private static RmtreeErrorHandler handler(RmtreeOptions options) {
        if (options.ignoreErrors()) {
            return (function, path, error) -> { };
        }
        if (options.onexc() != null) {
            return options.onexc();
        }
        if (options.onerror() != null) {
            return options.onerror();
        }
        return (function, path, error) -> {
            throw error;
        };
    }

    // ---- through directory descriptors ----

    private void removeFdBased(String path, int dirFd, RmtreeErrorHandler onexc, Progress progress)
            throws IOException {
        Deque<Step> stack = new ArrayDeque<>();
        stack.push(new Step(Action.LSTAT, dirFd, path, null));
        try {
            while (!stack.isEmpty()) {
                Step next = stack.peek();
                Cancellation.check(progress, () -> "removing " + PyRepr.repr(next.path()));
                step(stack, onexc, progress);
            }
        } finally {
            closeLeftovers(stack, onexc);
        }
    }

    /** After a handler stopped the removal: every descriptor still on the stack is closed, whatever else throws. */
    private void closeLeftovers(Deque<Step> stack, RmtreeErrorHandler onexc) throws IOException {
        IOException first = null;
        while (!stack.isEmpty()) {
            Step s = stack.pop();
            if (s.action() != Action.CLOSE) {
                continue;
            }
            try {
                os.close(s.fd());
            } catch (OsException e) {
                try {
                    onexc.handle("os.close", s.path(), e);
                } catch (IOException | RuntimeException thrown) {
                    if (first == null && thrown instanceof IOException io) {
                        first = io;
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void step(Deque<Step> stack, RmtreeErrorHandler onexc, Progress progress) throws IOException {
        Step s = stack.pop();
        At at = At.dirFd(s.fd());
        String function = "os.lstat";
        try {
            if (s.action() == Action.CLOSE) {
                function = "os.close";
                os.close(s.fd());
                return;
            }
            if (s.action() == Action.RMDIR) {
                function = "os.rmdir";
                os.rmdir(s.name(), at);
                progress.entry(s.path());
                return;
            }
            StatResult before = s.entry() == null ? os.lstat(s.name(), at) : s.entry().stat(false);
            function = "os.open";
            if (before.isSymlink()) {
                os.stat(s.name(), at); // CPython opens through the link: a dangling or looping one fails there
                function = "os.path.islink";
                throw new SymlinkRefusedException(os, s.path());
            }
            int fd;
            try {
                fd = os.open(s.name(), os.O_RDONLY() | os.O_DIRECTORY() | os.O_NOFOLLOW() | os.O_NONBLOCK(), 0, at);
            } catch (NotADirectoryOsException notDir) {
                if (before.isDir()) {
                    throw notDir; // changed since the lstat
                }
                // CPython opens any file here, fails to list it (this same ENOTDIR) and still tries to rmdir it;
                // opening it is what O_DIRECTORY spares us (a device's open can act)
                stack.push(new Step(Action.RMDIR, s.fd(), s.path(), s.entry()));
                function = "os.scandir";
                throw notDir;
            }
            function = "os.path.islink";
            try {
                if (!os.path().samestat(before, os.fstat(fd))) {
                    throw new SymlinkRefusedException(os, s.path());
                }
                stack.push(new Step(Action.RMDIR, s.fd(), s.path(), s.entry()));
            } finally {
                stack.push(new Step(Action.CLOSE, fd, s.path(), s.entry()));
            }
            function = "os.scandir";
            for (DirEntry entry : list(fd)) {
                String fullName = os.path().join(s.path(), entry.name());
                Boolean isDir = isDirNoFollow(entry);
                if (isDir == null) {
                    continue; // gone meanwhile
                }
                if (isDir) {
                    stack.push(new Step(Action.LSTAT, fd, fullName, entry));
                    continue;
                }
                Cancellation.check(progress, () -> "removing " + PyRepr.repr(fullName));
                try {
                    os.unlink(entry.name(), At.dirFd(fd));
                    progress.entry(fullName);
                } catch (FileNotFoundOsException gone) {
                    // removed by someone else meanwhile: the goal is reached
                } catch (OsException e) {
                    onexc.handle("os.unlink", fullName, e.withFilenames(fullName, null));
                }
            }
        } catch (FileNotFoundOsException e) {
            // below the top, a directory that vanished meanwhile is no error (Python 3.13)
            if (s.entry() == null || s.action() == Action.CLOSE) {
                onexc.handle(function, s.path(), e.withFilenames(s.path(), null));
            }
        } catch (OsException e) {
            onexc.handle(function, s.path(), e.withFilenames(s.path(), null));
        }
    }

    private List<DirEntry> list(int fd) throws OsException {
        List<DirEntry> entries = new ArrayList<>();
        try (ScandirIterator it = os.scandir(fd)) {
            it.forEachRemaining(entries::add);
        }
        return entries;
    }

    /** {@code entry.is_dir(follow_symlinks=False)}; null when the entry is gone. */
    private static Boolean isDirNoFollow(DirEntry entry) {
        try {
            return entry.isDir(false);
        } catch (FileNotFoundOsException gone) {
            return null;
        } catch (OsException e) {
            return false; // unlink will say what is wrong with it
        }
    }

    // ---- by path: open to symlink races, used only where the provider has no dir_fd ----

    private void removeByPath(String top, RmtreeErrorHandler onexc, Progress progress) throws IOException {
        StatResult st;
        try {
            st = os.lstat(top);
        } catch (OsException e) {
            onexc.handle("os.lstat", top, e);
            return;
        }
        if (st.isSymlink()) {
            onexc.handle("os.path.islink", top, new SymlinkRefusedException(os, top));
            return;
        }
        record Dir(String path, boolean emptied) { }
        Deque<Dir> stack = new ArrayDeque<>();
        stack.push(new Dir(top, false));
        while (!stack.isEmpty()) {
            Dir dir = stack.pop();
            Cancellation.check(progress, () -> "removing " + PyRepr.repr(dir.path()));
            if (dir.emptied()) {
                try {
                    os.rmdir(dir.path());
                    progress.entry(dir.path());
                } catch (FileNotFoundOsException gone) {
                    // removed by someone else meanwhile: the goal is reached
                } catch (OsException e) {
                    onexc.handle("os.rmdir", dir.path(), e);
                }
                continue;
            }
            stack.push(new Dir(dir.path(), true));
            List<DirEntry> entries;
            try (ScandirIterator it = os.scandir(dir.path())) {
                entries = new ArrayList<>();
                it.forEachRemaining(entries::add);
            } catch (FileNotFoundOsException gone) {
                continue;
            } catch (OsException e) {
                onexc.handle("os.scandir", dir.path(), e);
                continue;
            }
            for (DirEntry entry : entries) {
                String name = os.path().join(dir.path(), entry.name());
                Boolean isDir = isDirNoFollow(entry);
                if (isDir == null) {
                    continue;
                }
                if (isDir) {
                    stack.push(new Dir(name, false));
                    continue;
                }
                Cancellation.check(progress, () -> "removing " + PyRepr.repr(name));
                try {
                    os.unlink(name);
                    progress.entry(name);
                } catch (FileNotFoundOsException gone) {
                    // as above
                } catch (OsException e) {
                    onexc.handle("os.unlink", name, e);
                }
            }
        }
    }
}
