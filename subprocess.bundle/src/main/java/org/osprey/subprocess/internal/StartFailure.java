package org.osprey.subprocess.internal;

import java.util.List;
import java.util.Map;

import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;

/** A child that could not start, told as CPython tells it: the errno, and the program or {@code cwd} it is about. */
final class StartFailure {
    private StartFailure() {
    }

    /** The {@link OsException} subclass of {@code errno} (its Python name from {@code os.errno()}). */
    static OsException of(Os os, int errno, String strerror, String filename, Throwable cause) {
        OsException e = OsException.of(errno, os.errno().name(errno).orElse(null), strerror, filename, null);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /** Why the child could not enter {@code cwd}, or null where it can. */
    static OsException cwdError(Os os, String cwd) {
        try {
            if (!os.stat(cwd).isDir()) {
                return of(os, os.errno().ENOTDIR(), os.strerror(os.errno().ENOTDIR()), cwd, null);
            }
            if (!os.access(cwd, Os.X_OK)) {
                return of(os, os.errno().EACCES(), os.strerror(os.errno().EACCES()), cwd, null);
            }
            return null;
        } catch (OsException e) {
            return e;
        }
    }

    /** One attempt to start a program by a path. */
    interface Attempt<T> {
        T start(String path) throws OsException;
    }

    /**
     * CPython's child loop over {@code os.get_exec_path(env)}: each directory's {@code program} tried in turn, the
     * first error other than "not found" winning.
     */
    static <T> T searchPath(Os os, String program, Map<String, String> env, Attempt<T> attempt)
            throws OsException {
        OsException first = null;
        OsException last = null;
        List<String> dirs = os.getExecPath(env);
        for (String dir : dirs) {
            try {
                return attempt.start(os.path().join(dir, program));
            } catch (FileNotFoundOsException | NotADirectoryOsException e) {
                last = e;
            } catch (OsException e) {
                last = e;
                first = first == null ? e : first;
            }
        }
        if (first != null || last != null) {
            throw first != null ? first : last;
        }
        int enoent = os.errno().ENOENT();
        throw new FileNotFoundOsException(enoent, os.strerror(enoent), program, null);
    }
}
