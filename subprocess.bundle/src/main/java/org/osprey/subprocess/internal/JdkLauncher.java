package org.osprey.subprocess.internal;

import java.util.List;

import org.osprey.subprocess.PopenOptions;

/** Starts children with {@link ProcessBuilder}, for a provider that cannot spawn natively. */
final class JdkLauncher implements Launcher {
    @Override
    public Child start(List<String> argv, PopenOptions<?> options) {
        throw new UnsupportedOperationException("subprocess on a provider without posix_spawn: not yet done");
    }
}
