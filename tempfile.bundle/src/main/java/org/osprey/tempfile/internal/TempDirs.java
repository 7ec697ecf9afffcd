package org.osprey.tempfile.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.osprey.os.FileExistsOsException;
import org.osprey.os.FileNotFoundOsException;
import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.PermissionOsException;

/**
 * Python's module global {@code tempfile.tempdir} and the search behind {@code gettempdir()}
 * ({@code _candidate_tempdir_list}, {@code _get_default_tempdir}). One per JVM, as Python's is per interpreter.
 */
final class TempDirs {
    private static final int TRIES_PER_DIR = 100;
    private static final Object LOCK = new Object();
    private static volatile String tempdir;

    private TempDirs() {
    }

    static String get() {
        return tempdir;
    }

    static void set(String dir) {
        synchronized (LOCK) {
            tempdir = dir;
        }
    }

    static String gettempdir(Os os, int openFlags) throws OsException {
        String dir = tempdir;
        if (dir != null) {
            return dir;
        }
        synchronized (LOCK) {
            if (tempdir == null) {
                tempdir = search(os, openFlags);
            }
            return tempdir;
        }
    }

    /** The first candidate where a new file can really be created and written. */
    private static String search(Os os, int openFlags) throws OsException {
        List<String> candidates = candidates(os);
        String curdir = os.platform().curdir();
        for (String candidate : candidates) {
            String dir = candidate.equals(curdir) ? candidate : os.path().abspath(candidate);
            for (int i = 0; i < TRIES_PER_DIR; i++) {
                String probe = os.path().join(dir, Names.next());
                try {
                    int fd = os.open(probe, openFlags, 0600);
                    try {
                        try {
                            os.write(fd, "blat".getBytes(StandardCharsets.US_ASCII));
                        } finally {
                            os.close(fd);
                        }
                    } finally {
                        os.unlink(probe);
                    }
                    return dir;
                } catch (FileExistsOsException e) {
                    continue; // a name taken by chance: try another
                } catch (PermissionOsException e) {
                    // Windows may answer EACCES for a name that exists as a directory
                    if (os.name().equals("nt") && os.path().isdir(dir) && os.access(dir, Os.W_OK)) {
                        continue;
                    }
                    break;
                } catch (OsException e) {
                    break; // not usable: the next candidate
                }
            }
        }
        throw new FileNotFoundOsException(os.errno().ENOENT(),
                "No usable temporary directory found in " + pyList(candidates), null, null);
    }

    private static List<String> candidates(Os os) {
        List<String> dirs = new ArrayList<>();
        for (String name : List.of("TMPDIR", "TEMP", "TMP")) {
            String value = os.getenv(name);
            if (value != null && !value.isEmpty()) {
                dirs.add(value);
            }
        }
        if (os.name().equals("nt")) {
            dirs.add(os.path().expanduser("~\\AppData\\Local\\Temp"));
            String root = os.getenv("SYSTEMROOT");
            if (root != null) {
                dirs.add(os.path().join(root, "Temp"));
            }
            dirs.addAll(List.of("c:\\temp", "c:\\tmp", "\\temp", "\\tmp"));
        } else {
            dirs.addAll(List.of("/tmp", "/var/tmp", "/usr/tmp"));
        }
        try {
            dirs.add(os.getcwd());
        } catch (OsException e) {
            dirs.add(os.platform().curdir()); // as Python: the working directory may be gone
        }
        return dirs;
    }

    private static String pyList(List<String> items) {
        return items.stream().map(s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
