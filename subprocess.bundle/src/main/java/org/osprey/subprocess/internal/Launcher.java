package org.osprey.subprocess.internal;

import java.util.List;

import org.osprey.os.OsException;
import org.osprey.subprocess.PopenOptions;

/**
 * Starts children: natively through {@code os.posix_spawn} or {@code _winapi.CreateProcess}, or through
 * {@link ProcessBuilder}.
 */
interface Launcher {
    /**
     * Starts {@code args} (Python's: a {@link ShellCommand} where one string was given) as {@code options} say.
     *
     * @throws UnsupportedOperationException naming an option this launcher cannot honour, before any child starts
     */
    Child start(List<String> args, PopenOptions<?> options) throws OsException;
}
