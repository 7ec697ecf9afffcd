package org.osprey.linecache;

import org.osprey.os.Os;
import org.osprey.linecache.internal.LinecacheImpl;

/**
 * Python's {@code linecache} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 */
public interface Linecache {
    /** {@code linecache} over {@link Os#get()}. */
    static Linecache get() {
        return of(Os.get());
    }

    /** {@code linecache} over the given {@code os}. */
    static Linecache of(Os os) {
        return new LinecacheImpl(os);
    }
}
