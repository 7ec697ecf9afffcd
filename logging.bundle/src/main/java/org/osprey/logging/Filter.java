package org.osprey.logging;

import java.util.function.Predicate;

/**
 * Python's filters: {@code logging.Filter} and the callables {@link Filterer#addFilter} takes. A filter returns
 * null to drop the record, the record to keep it, or another record to log instead (Python 3.12).
 */
@FunctionalInterface
public interface Filter {
    /**
     * Mirrors {@code Filter.filter(record)}.
     *
     * @param record the record
     * @return null to drop it; the record, or its replacement, to keep it
     */
    LogRecord filter(LogRecord record);

    /**
     * Python's {@code logging.Filter(name)}: records of the logger {@code name} and its descendants pass; an
     * empty name lets every record pass.
     *
     * @param name a logger name, or {@code ""}
     * @return the filter
     */
    static Filter named(String name) {
        return new NameFilter(name);
    }

    /**
     * A callable filter returning a truth value, as Python's {@code addFilter(lambda r: ...)}.
     *
     * @param test whether a record passes
     * @return the filter
     */
    static Filter of(Predicate<? super LogRecord> test) {
        return record -> test.test(record) ? record : null;
    }
}
