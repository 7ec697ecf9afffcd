package org.osprey.tempfile.internal;

import java.io.IOException;

import org.osprey.os.At;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.IsADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.PermissionOsException;
import org.osprey.shutil.RmtreeOptions;
import org.osprey.shutil.Shutil;

/**
 * {@code TemporaryDirectory._rmtree}: {@code shutil.rmtree} (descriptor-based, so a symlink never leads out of
 * the tree) with CPython's error handler, which meets a permission error by giving the entry's parent, and the
 * entry, mode {@code 0o700} and trying again, takes a name already gone as removed, and otherwise throws unless
 * errors are ignored.
 */
final class CleanupRmtree {
    private static final int OWNER_ONLY = 0700;

    private final Os os;
    private final Shutil shutil;
    private final boolean ignoreErrors;

    CleanupRmtree(Os os, boolean ignoreErrors) {
        this.os = os;
        this.shutil = Shutil.of(os);
        this.ignoreErrors = ignoreErrors;
    }

    void rmtree(String name) throws IOException {
        rmtree(name, false);
    }

    private void rmtree(String name, boolean repeated) throws IOException {
        shutil.rmtree(name, RmtreeOptions.DEFAULT.withOnexc((function, path, error) -> {
            if (error instanceof PermissionOsException) {
                onPermissionError(name, repeated, path, error);
            } else if (!(error instanceof FileNotFoundOsException) && !ignoreErrors) {
                throw error;
            }
        }));
    }

    private void onPermissionError(String name, boolean repeated, String path, IOException error) throws IOException {
        if (repeated && path.equals(name)) {
            if (!ignoreErrors) {
                throw error;
            }
            return;
        }
        try {
            if (!path.equals(name)) {
                resetPermissions(os.path().dirname(path));
            }
            resetPermissions(path);
            try {
                os.unlink(path);
            } catch (IsADirectoryOsException e) {
                // CPython passes repeated=False here, relying on Linux's unlink to say EACCES before EISDIR when
                // the parent is not writable; where EISDIR comes first (a provider that checks the kind first),
                // that would retry the top for ever: the top's second failure ends it, as on the EPERM path
                rmtree(path, path.equals(name));
            } catch (PermissionOsException e) {
                // unlink of a directory may say EPERM rather than EISDIR; only then is a second rmtree the answer
                if (!os.path().isdir(path)) {
                    if (!ignoreErrors) {
                        throw e;
                    }
                    return;
                }
                rmtree(path, path.equals(name));
            }
        } catch (FileNotFoundOsException gone) {
            // removed meanwhile: what was wanted
        }
    }

    /** CPython's {@code _resetperms}: no BSD flags (such as {@code uchg}, macOS), mode 0o700; links untouched. */
    private void resetPermissions(String path) throws IOException {
        try {
            os.chflags(path, 0, false);
        } catch (UnsupportedOperationException e) {
            // the platform has no file flags, so none can be in the way
        }
        if (os.supports().followSymlinks().contains("chmod")) {
            os.chmod(path, OWNER_ONLY, At.NOFOLLOW);
        } else if (!os.path().islink(path)) {
            os.chmod(path, OWNER_ONLY);
        }
    }
}
