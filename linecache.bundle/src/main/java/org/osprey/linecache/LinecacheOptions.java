package org.osprey.linecache;

import java.util.List;
import java.util.Objects;

/**
 * What Python's {@code linecache} takes from the interpreter: {@code sys.path} and the caller's
 * {@code module_globals}. {@code LinecacheOptions.DEFAULT.withPath(List.of("/src"))} looks relative names
 * up in {@code /src} too.
 *
 * @param path   the directories a relative name that cannot be stat'ed as given is searched in, in order
 *               ({@code sys.path}); empty by default, since a JVM has no Python module path
 * @param loader where the source of a name that cannot be stat'ed comes from ({@code module_globals}' loader),
 *               or null
 */
public record LinecacheOptions(List<String> path, SourceLoader loader) {
    /** No search path and no loader. */
    public static final LinecacheOptions DEFAULT = new LinecacheOptions(List.of(), null);

    /**
     * The options; the path is copied.
     *
     * @param path the directories a relative name that cannot be stat'ed as given is searched in, in order
     *         ({@code sys.path}); empty by default, since a JVM has no Python module path
     * @param loader where the source of a name that cannot be stat'ed comes from ({@code module_globals}' loader), or
     *         null
     */
    public LinecacheOptions {
        path = List.copyOf(Objects.requireNonNull(path, "path"));
    }

    /**
     * {@return these options with {@code path} set}
     *
     * @param path the directories a relative name that cannot be stat'ed as given is searched in, in order
     *         ({@code sys.path}); empty by default, since a JVM has no Python module path
     */
    public LinecacheOptions withPath(List<String> path) {
        return new LinecacheOptions(path, loader);
    }

    /**
     * {@return these options with {@code loader} set}
     *
     * @param sourceLoader where the source of a name that cannot be stat'ed comes from ({@code module_globals}'
     *         loader), or null
     */
    public LinecacheOptions withLoader(SourceLoader sourceLoader) {
        return new LinecacheOptions(path, sourceLoader);
    }
}
