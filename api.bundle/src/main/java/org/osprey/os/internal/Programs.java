package org.osprey.os.internal;

import java.util.List;
import java.util.Map;

import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.NotADirectoryOsException;
import org.osprey.os.OsException;
import org.osprey.os.SpawnAction;
import org.osprey.os.path.OsPath;

/** The argument checks and the {@code PATH} search that {@code exec*} and {@code spawn*} share. */
final class Programs {
    private Programs() {
    }

    /** One attempt to start (or exec) a program at a full path. */
    interface Attempt {
        long run(String file) throws OsException;
    }

    /**
     * CPython's checks of {@code argv}, with its messages: ValueError for none, for an empty first one, for a NUL.
     * The {@code exec*} forms check as {@code execv} or, given an environment, {@code execve}; the {@code spawn*}
     * forms as {@code os.py}'s {@code _spawnvef}.
     */
    static List<String> args(boolean exec, boolean withEnv, List<String> args) {
        if (args.isEmpty() || args.get(0).isEmpty()) {
            String what = args.isEmpty() ? "must not be empty" : "first element cannot be empty";
            throw new IllegalArgumentException(!exec ? "argv first element cannot be empty"
                    : withEnv ? "execve: argv " + what : "execv() arg 2 " + what);
        }
        for (String arg : args) {
            noNul(arg);
        }
        return List.copyOf(args);
    }

    /** {@code os.posix_spawn}'s checks of {@code argv}, with CPython's messages. */
    static List<String> spawnArgs(String function, List<String> argv) {
        if (argv.isEmpty() || argv.get(0).isEmpty()) {
            throw new IllegalArgumentException(function + ": argv "
                    + (argv.isEmpty() ? "must not be empty" : "first element cannot be empty"));
        }
        argv.forEach(Programs::noNul);
        return List.copyOf(argv);
    }

    /** No NUL in a file action's path, no negative descriptor (Python's ValueError, before the child starts). */
    static void actions(List<SpawnAction> actions) {
        for (SpawnAction action : actions) {
            if (action instanceof SpawnAction.Open open) {
                fd(open.fd());
                noNul(open.path());
            } else if (action instanceof SpawnAction.Close close) {
                fd(close.fd());
            } else if (action instanceof SpawnAction.Dup2 dup2) {
                fd(dup2.fd());
                fd(dup2.newFd());
            } else if (action instanceof SpawnAction.CloseFrom from) {
                fd(from.fd());
            } else if (action instanceof SpawnAction.Chdir chdir) {
                noNul(chdir.path());
            }
        }
    }

    private static void fd(int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("fd must be a non-negative integer: " + fd);
        }
    }

    /** Python's ValueError for a NUL in a string given to a C function. */
    static String noNul(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null byte");
        }
        return s;
    }

    /** An environment for a child: no NUL, no empty name or one holding {@code =} (Python's ValueError). */
    static Map<String, String> env(Map<String, String> env) {
        for (Map.Entry<String, String> e : env.entrySet()) {
            String key = noNul(e.getKey());
            if (key.isEmpty() || key.indexOf('=') >= 0) {
                throw new IllegalArgumentException("illegal environment variable name");
            }
            noNul(e.getValue());
        }
        return Map.copyOf(env);
    }

    /**
     * CPython's {@code os._execvpe}: {@code file} itself if it names a directory, else each directory of
     * {@code execPath} in turn; the first error other than "not found" wins, else the last.
     */
    static long search(OsPath path, String file, List<String> execPath, Attempt attempt) throws OsException {
        if (!path.dirname(file).isEmpty()) {
            return attempt.run(file);
        }
        OsException saved = null;
        OsException last = null;
        for (String dir : execPath) {
            try {
                return attempt.run(path.join(dir, file));
            } catch (FileNotFoundOsException | NotADirectoryOsException e) {
                last = e;
            } catch (OsException e) {
                last = e;
                saved = saved == null ? e : saved;
            }
        }
        throw saved != null ? saved : last;
    }
}
