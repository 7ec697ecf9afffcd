package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osprey.os.DirEntry;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PyRepr;
import org.osprey.os.ScandirIterator;
import org.osprey.os.StatResult;
import org.osprey.os.path.OsPath;
import org.osprey.shutil.CopyFailure;
import org.osprey.shutil.CopyFunction;
import org.osprey.shutil.CopyOptions;
import org.osprey.shutil.CopytreeOptions;
import org.osprey.shutil.Progress;
import org.osprey.shutil.ShutilException;

/**
 * {@code copytree}: one directory's entries at a time (each is needed whole for {@code ignore}), copying on past
 * failures and throwing them together at the end, as Python does.
 */
final class TreeCopier {
    private final Os os;
    private final OsPath path;
    private final StatCopier stats;
    private final FileCopier files;
    private final CopyFunction copy2;

    TreeCopier(Os os, StatCopier stats, FileCopier files, CopyFunction copy2) {
        this.os = os;
        this.path = os.path();
        this.stats = stats;
        this.files = files;
        this.copy2 = copy2;
    }

    String copytree(String src, String dst, CopytreeOptions options) throws IOException {
        List<CopyFailure> failures = new ArrayList<>();
        try {
            copyDirectory(src, dst, options, failures);
        } catch (InterruptedIOException stop) {
            throw Cancellation.adding(stop, "; what was copied before stays in " + PyRepr.repr(dst));
        }
        if (!failures.isEmpty()) {
            throw new ShutilException(failures);
        }
        return dst;
    }

    /**
     * Copies one directory, adding what failed inside it to {@code failures}; throws only when the directory itself
     * cannot be listed or made, which the caller records against it (as Python's recursive call does).
     */
    private void copyDirectory(String src, String dst, CopytreeOptions options, List<CopyFailure> failures)
            throws IOException {
        List<DirEntry> entries = new ArrayList<>();
        try (ScandirIterator it = os.scandir(src)) {
            it.forEachRemaining(entries::add);
        }
        Set<String> ignored = Set.of();
        if (options.ignore() != null) {
            List<String> names = new ArrayList<>(entries.size());
            entries.forEach(e -> names.add(e.name()));
            ignored = options.ignore().ignored(src, names);
        }
        os.makedirs(dst, 0777, options.dirsExistOk());
        CopyFunction copyFunction = options.copyFunction() == null ? copy2 : options.copyFunction();
        for (DirEntry entry : entries) {
            if (ignored.contains(entry.name())) {
                continue;
            }
            String srcName = path.join(src, entry.name());
            String dstName = path.join(dst, entry.name());
            Cancellation.check(options.progress(), () -> "copying " + PyRepr.repr(srcName) + " to "
                    + PyRepr.repr(dstName));
            try {
                copyEntry(entry, srcName, dstName, options, copyFunction, failures);
                options.progress().entry(dstName);
            } catch (InterruptedIOException stop) {
                throw stop; // not a failure to collect: the whole copy ends here
            } catch (ShutilException e) {
                failures.addAll(e.failures());
            } catch (IOException e) {
                failures.add(new CopyFailure(srcName, dstName, e.getMessage()));
            }
        }
        try {
            stats.copystat(src, dst, true);
        } catch (OsException e) {
            failures.add(new CopyFailure(src, dst, e.getMessage()));
        }
    }

    private void copyEntry(DirEntry entry, String srcName, String dstName, CopytreeOptions options,
            CopyFunction copyFunction, List<CopyFailure> failures) throws IOException {
        if (entry.isSymlink()) {
            String linkTo = os.readlink(srcName);
            if (options.symlinks()) {
                os.symlink(linkTo, dstName);
                stats.copystat(srcName, dstName, false);
                return;
            }
            // Python tests the link's text as a path from the working directory, not from the link's directory
            if (!path.exists(linkTo) && options.ignoreDanglingSymlinks()) {
                return;
            }
        }
        if (entry.isDir()) {
            copyDirectory(srcName, dstName, options, failures);
        } else if (copyFunction == copy2) {
            files.copy2(srcName, statOrNull(entry), dstName, CopyOptions.DEFAULT.withProgress(options.progress()));
        } else {
            copyFunction.copy(srcName, dstName);
            heardAsOneChunk(entry, dstName, options.progress());
        }
    }

    /** A copy function's file, which it copied unheard: its size is told once it is done. */
    private static void heardAsOneChunk(DirEntry entry, String dstName, Progress progress) {
        StatResult st = statOrNull(entry);
        if (st != null && st.isRegularFile()) {
            progress.file(dstName, st.size());
            if (st.size() > 0) {
                progress.bytes(st.size());
            }
        }
    }

    /** The entry's (cached) stat; null if it fails, and then copy2 looks again and reports what is wrong. */
    private static StatResult statOrNull(DirEntry entry) {
        try {
            return entry.stat();
        } catch (OsException e) {
            return null;
        }
    }
}
