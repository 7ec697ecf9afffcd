package org.osprey.subprocess.internal;

import java.util.List;

import org.osprey.os.OsException;
import org.osprey.subprocess.PopenOptions;

/** Starts children: natively through {@code os.posix_spawn}, or through {@link ProcessBuilder}. */
interface Launcher {
    /**
     * Starts {@code argv} (the shell already applied) as {@code options} say.
     *
     * @throws UnsupportedOperationException naming an option this launcher cannot honour, before any child starts
     */
    Child start(List<String> argv, PopenOptions<?> options) throws OsException;
}
