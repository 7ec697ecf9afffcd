package org.osprey.shutil.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osprey.os.Os;
import org.osprey.os.OsException;
import org.osprey.os.path.OsPath;
import org.osprey.os.path.Split;

/** {@code which} on POSIX (no {@code PATHEXT}), with Python 3.12's handling of a command holding a directory. */
final class Which {
    private final Os os;
    private final OsPath path;

    Which(Os os) {
        this.os = os;
        this.path = os.path();
    }

    Optional<String> which(String cmd, int mode, String searchPath) {
        Split split = path.split(cmd);
        List<String> dirs;
        if (!split.head().isEmpty()) {
            dirs = List.of(split.head());
        } else {
            String p = searchPath != null ? searchPath : defaultSearchPath();
            if (p.isEmpty()) {
                return Optional.empty(); // PATH='' finds nothing, PATH=':' looks in the working directory
            }
            dirs = List.of(p.split(path.pathsep(), -1));
        }
        Set<String> seen = new HashSet<>();
        for (String dir : dirs) {
            if (seen.add(path.normcase(dir))) {
                String name = path.join(dir, split.tail());
                if (path.exists(name) && os.access(name, mode) && !path.isdir(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private String defaultSearchPath() {
        String p = os.environ().get("PATH");
        if (p != null) {
            return p;
        }
        try {
            String csPath = os.confstr("CS_PATH");
            return csPath != null ? csPath : path.defpath();
        } catch (OsException | RuntimeException e) {
            return path.defpath();
        }
    }
}
