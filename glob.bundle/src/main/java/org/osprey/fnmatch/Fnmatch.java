package org.osprey.fnmatch;

import java.util.Collection;
import java.util.List;

import org.osprey.os.Os;
import org.osprey.fnmatch.internal.FnmatchImpl;

/**
 * Python's {@code fnmatch} module over the {@link Os} API. {@link #get()} serves the running platform's
 * {@code os}; in an OSGi framework the same type is also a Declarative Services component bound to the
 * highest-ranked {@code Os} service.
 */
public interface Fnmatch {
    /** {@code fnmatch} over {@link Os#get()}. */
    static Fnmatch get() {
        return of(Os.get());
    }

    /** {@code fnmatch} over the given {@code os}. */
    static Fnmatch of(Os os) {
        return new FnmatchImpl(os);
    }

    /** {@code fnmatch.filter(names, pat)}: the names that match, in order, after {@code os.path.normcase}. */
    List<String> filter(Collection<String> names, String pattern);
}
