package org.osprey.logging;

import java.util.List;

/** Python's {@code logging.BufferingFormatter}: several records as one text, with a header and a footer. */
public class BufferingFormatter {
    private final Formatter linefmt;

    /** Mirrors {@code BufferingFormatter()}: each record by the default formatter. */
    public BufferingFormatter() {
        this(null);
    }

    /**
     * Mirrors {@code BufferingFormatter(linefmt)}.
     *
     * @param linefmt the formatter of each record, or null for the default one
     */
    public BufferingFormatter(Formatter linefmt) {
        this.linefmt = linefmt != null ? linefmt : Formatter.DEFAULT;
    }

    /**
     * Mirrors {@code BufferingFormatter.formatHeader(records)}: nothing here.
     *
     * @param records the records
     * @return the header
     */
    public String formatHeader(List<LogRecord> records) {
        return "";
    }

    /**
     * Mirrors {@code BufferingFormatter.formatFooter(records)}: nothing here.
     *
     * @param records the records
     * @return the footer
     */
    public String formatFooter(List<LogRecord> records) {
        return "";
    }

    /**
     * Mirrors {@code BufferingFormatter.format(records)}: header, each record, footer; nothing for no records.
     *
     * @param records the records
     * @return the text
     */
    public String format(List<LogRecord> records) {
        if (records.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(formatHeader(records));
        for (LogRecord record : records) {
            out.append(linefmt.format(record));
        }
        return out.append(formatFooter(records)).toString();
    }
}
