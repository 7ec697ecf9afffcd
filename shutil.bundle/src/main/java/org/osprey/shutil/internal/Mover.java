package org.osprey.shutil.internal;

import java.io.IOException;
import java.io.InterruptedIOException;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;
import org.osprey.os.PyRepr;
import org.osprey.os.path.OsPath;
import org.osprey.shutil.CopyFunction;
import org.osprey.shutil.CopyOptions;
import org.osprey.shutil.CopytreeOptions;
import org.osprey.shutil.MoveOptions;
import org.osprey.shutil.RmtreeOptions;
import org.osprey.shutil.ShutilException;

/** {@code move}: a rename where it works, else (another file system) a copy followed by a removal. */
final class Mover {
    // Python's stat.UF_IMMUTABLE and SF_IMMUTABLE (BSD file flags)
    private static final long UF_IMMUTABLE = 0x2;
    private static final long SF_IMMUTABLE = 0x20000;

    private final Os os;
    private final PlatformRules platform;
    private final OsPath path;
    private final FileCopier files;
    private final TreeCopier trees;
    private final TreeRemover remover;
    private final CopyFunction copy2;

    Mover(Os os, PlatformRules platform, FileCopier files, TreeCopier trees, TreeRemover remover,
            CopyFunction copy2) {
        this.os = os;
        this.platform = platform;
        this.path = os.path();
        this.files = files;
        this.trees = trees;
        this.remover = remover;
        this.copy2 = copy2;
    }

    String move(String src, String dst, MoveOptions options) throws IOException {
        String realDst = dst;
        if (path.isdir(dst)) {
            if (files.sameFile(src, dst) && !path.islink(src)) {
                // perhaps a case-insensitive file system: a rename may still change the name's case
                os.rename(src, dst);
                return dst;
            }
            realDst = path.join(dst, basename(src));
            if (path.exists(realDst)) {
                throw new ShutilException("Destination path '" + realDst + "' already exists");
            }
        }
        try {
            os.rename(src, realDst);
            return realDst;
        } catch (OsException renameFailed) {
            moveByCopy(src, dst, realDst, options);
        }
        return realDst;
    }

    private void moveByCopy(String src, String dst, String realDst, MoveOptions options) throws IOException {
        CopyFunction copyFunction = options.copyFunction() == null ? copy2 : options.copyFunction();
        if (path.islink(src)) {
            os.symlink(os.readlink(src), realDst);
            os.unlink(src);
        } else if (path.isdir(src)) {
            if (destinationInSource(src, dst)) {
                throw new ShutilException("Cannot move a directory '" + src + "' into itself '" + dst + "'.");
            }
            if (isImmutable(src)
                    || (platform.isDarwin() && !os.access(src, Os.W_OK) && !os.listdir(src).isEmpty())) {
                throw new PermissionOsException(os.errno().EACCES(), "Cannot move the non-empty directory '" + src
                        + "': Lacking write permission to '" + src + "'.", null, null);
            }
            try {
                trees.copytree(src, realDst, CopytreeOptions.DEFAULT.withSymlinks(true)
                        .withCopyFunction(copyFunction).withProgress(options.progress()));
            } catch (InterruptedIOException stop) {
                throw Cancellation.adding(stop, "; " + PyRepr.repr(src) + " is untouched");
            }
            try {
                remover.rmtree(src, RmtreeOptions.DEFAULT.withProgress(options.progress()));
            } catch (InterruptedIOException stop) {
                throw Cancellation.adding(stop, "; " + PyRepr.repr(realDst) + " is a whole copy, "
                        + PyRepr.repr(src) + " partly removed");
            }
        } else {
            if (copyFunction == copy2) {
                files.copy2(src, null, realDst, CopyOptions.DEFAULT.withProgress(options.progress()));
            } else {
                copyFunction.copy(src, realDst);
            }
            os.unlink(src);
        }
        options.progress().entry(realDst);
    }

    /** Python's {@code _basename}: a trailing separator does not make the name empty. */
    private String basename(String p) {
        String seps = path.sep() + (path.altsep() == null ? "" : path.altsep());
        int end = p.length();
        while (end > 0 && seps.indexOf(p.charAt(end - 1)) >= 0) {
            end--;
        }
        return path.basename(p.substring(0, end));
    }

    private boolean destinationInSource(String src, String dst) throws OsException {
        String s = withTrailingSep(path.abspath(src));
        String d = withTrailingSep(path.abspath(dst));
        return d.startsWith(s);
    }

    private String withTrailingSep(String p) {
        return p.endsWith(path.sep()) ? p : p + path.sep();
    }

    private boolean isImmutable(String src) throws OsException {
        if (!platform.hasFileFlags()) {
            return false;
        }
        long flags = os.stat(src).flags();
        return flags == UF_IMMUTABLE || flags == SF_IMMUTABLE;
    }
}
