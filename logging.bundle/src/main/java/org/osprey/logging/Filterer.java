package org.osprey.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Python's {@code logging.Filterer}: what loggers and handlers share, a list of filters. */
public class Filterer {
    private final List<Filter> filters = new CopyOnWriteArrayList<>();

    /** An empty list of filters. */
    protected Filterer() {
    }

    /**
     * Mirrors {@code Filterer.addFilter(filter)}: a filter already there is not added twice.
     *
     * @param filter the filter
     */
    public void addFilter(Filter filter) {
        ((CopyOnWriteArrayList<Filter>) filters).addIfAbsent(filter);
    }

    /**
     * Mirrors {@code Filterer.removeFilter(filter)}.
     *
     * @param filter the filter
     */
    public void removeFilter(Filter filter) {
        filters.remove(filter);
    }

    /**
     * Python's {@code filters} attribute.
     *
     * @return the filters, a snapshot
     */
    public List<Filter> filters() {
        return List.copyOf(filters);
    }

    /**
     * Mirrors {@code Filterer.filter(record)} (Python 3.12): each filter in turn, each one given what the one
     * before returned.
     *
     * @param record the record
     * @return null when a filter dropped it, else the record or the last replacement
     */
    public LogRecord filter(LogRecord record) {
        for (Filter f : filters) {
            record = f.filter(record);
            if (record == null) {
                return null;
            }
        }
        return record;
    }
}
