package org.osprey.filecmp;

import org.osprey.os.Os;
import org.osprey.filecmp.internal.FilecmpImpl;

/**
 * Python's {@code filecmp} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 */
public interface Filecmp {
    /** {@code filecmp} over {@link Os#get()}. */
    static Filecmp get() {
        return of(Os.get());
    }

    /** {@code filecmp} over the given {@code os}. */
    static Filecmp of(Os os) {
        return new FilecmpImpl(os);
    }
}
