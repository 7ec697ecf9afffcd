package org.osprey.logging;

import java.util.Objects;

/** Python's {@code logging.Filter(name)}. */
record NameFilter(String name) implements Filter {
    NameFilter {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public LogRecord filter(LogRecord record) {
        String logger = record.name();
        boolean passes = name.isEmpty() || name.equals(logger)
                || logger.startsWith(name) && logger.length() > name.length() && logger.charAt(name.length()) == '.';
        return passes ? record : null;
    }
}
