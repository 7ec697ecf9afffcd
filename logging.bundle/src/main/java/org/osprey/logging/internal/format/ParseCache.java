package org.osprey.logging.internal.format;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed format strings by their text: a log call formats the same few strings again and again. Bounded by
 * starting afresh when full, which costs a re-parse and never grows with formats built at run time.
 */
final class ParseCache<T> {
    private static final int MAX = 512;
    private final Map<String, T> parsed = new ConcurrentHashMap<>();
    private final Function<String, T> parser;

    ParseCache(Function<String, T> parser) {
        this.parser = parser;
    }

    T get(String format) {
        T found = parsed.get(format);
        if (found == null) {
            found = parser.apply(format);
            if (parsed.size() >= MAX) {
                parsed.clear();
            }
            parsed.put(format, found);
        }
        return found;
    }
}
