package org.osprey.fnmatch.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One shell pattern, parsed once: its matcher, its Python regex text and, on demand, a Java {@link Pattern}. */
public final class CompiledPattern {
    /** CPython's {@code fnmatch._compile_pattern} keeps this many (an LRU cache). */
    private static final int CACHE_SIZE = 32768;
    private static final Map<String, CompiledPattern> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledPattern> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private final List<Piece> pieces;
    private final ShellMatcher matcher;
    private volatile Pattern javaPattern;

    private CompiledPattern(String pattern) {
        this.pieces = ShellPattern.parse(pattern);
        this.matcher = new ShellMatcher(pieces);
    }

    /** The compiled form of {@code pattern}, from the cache when it was compiled lately. */
    public static CompiledPattern of(String pattern) {
        synchronized (CACHE) {
            CompiledPattern c = CACHE.get(pattern);
            if (c != null) {
                return c;
            }
        }
        CompiledPattern c = new CompiledPattern(pattern);
        synchronized (CACHE) {
            CACHE.putIfAbsent(pattern, c);
        }
        return c;
    }

    public boolean matches(String name) {
        return matcher.matches(name);
    }

    String pythonRegex() {
        return PyRegex.translate(pieces);
    }

    Pattern javaPattern() {
        Pattern p = javaPattern;
        if (p == null) {
            p = JavaRegex.compile(pieces);
            javaPattern = p;
        }
        return p;
    }
}
