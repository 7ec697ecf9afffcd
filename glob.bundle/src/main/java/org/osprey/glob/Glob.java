package org.osprey.glob;

import java.io.IOException;
import java.util.List;

import org.osprey.os.Os;
import org.osprey.glob.internal.GlobImpl;

/**
 * Python's {@code glob} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 */
public interface Glob {
    /** {@code glob} over {@link Os#get()}. */
    static Glob get() {
        return of(Os.get());
    }

    /** {@code glob} over the given {@code os}. */
    static Glob of(Os os) {
        return new GlobImpl(os);
    }

    /** {@code glob.glob(pathname, root_dir=..., dir_fd=..., recursive=..., include_hidden=...)}. */
    List<String> glob(String pathname, GlobOptions options) throws IOException;
}
