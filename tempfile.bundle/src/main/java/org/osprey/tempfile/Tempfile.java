package org.osprey.tempfile;

import org.osprey.os.Os;
import org.osprey.tempfile.internal.TempfileImpl;

/**
 * Python's {@code tempfile} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 */
public interface Tempfile {
    /** {@code tempfile} over {@link Os#get()}. */
    static Tempfile get() {
        return of(Os.get());
    }

    /** {@code tempfile} over the given {@code os}. */
    static Tempfile of(Os os) {
        return new TempfileImpl(os);
    }
}
