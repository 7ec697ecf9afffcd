package org.osprey.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's {@code PercentStyle}, {@code StrFormatStyle} and {@code StringTemplateStyle}: one format string in one
 * of the three syntaxes, with its defaults.
 */
abstract class FormatStyle {
    final String fmt;
    private final Map<String, ?> defaults;
    /** Known from the format alone, so not searched for at each record. */
    private final boolean usesTime;

    FormatStyle(String fmt, Map<String, ?> defaults, boolean usesTime) {
        this.fmt = fmt;
        this.defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        this.usesTime = usesTime;
    }

    /** The style of Python's {@code style} character; null {@code fmt} is the style's default format. */
    static FormatStyle of(String style, String fmt, Map<String, ?> defaults) {
        return switch (style == null ? "%" : style) {
            case "%" -> new PercentStyle(fmt != null ? fmt : "%(message)s", defaults);
            case "{" -> new BraceStyle(fmt != null ? fmt : "{message}", defaults);
            case "$" -> new TemplateStyle(fmt != null ? fmt : "${message}", defaults);
            default -> throw new IllegalArgumentException("Style must be one of: %,{,$");
        };
    }

    /** What {@code basicConfig} writes when given no format, in {@code style}. */
    static String basicFormat(String style) {
        return switch (style == null ? "%" : style) {
            case "%" -> "%(levelname)s:%(name)s:%(message)s";
            case "{" -> "{levelname}:{name}:{message}";
            case "$" -> "${levelname}:${name}:${message}";
            default -> throw new IllegalArgumentException("Style must be one of: %,{,$");
        };
    }

    /** Python's {@code usesTime()}: whether the format names {@code asctime}. */
    final boolean usesTime() {
        return usesTime;
    }

    /** Python's {@code validate()}: a ValueError when the format names no field or is malformed. */
    abstract void validate();

    abstract String apply(Map<String, Object> values);

    /** Python's {@code format(record)}: the record's attributes over the defaults. */
    final String format(LogRecord record) {
        Map<String, Object> values = record.attributes();
        if (!defaults.isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>(defaults);
            merged.putAll(values);
            values = merged;
        }
        try {
            return apply(values);
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException("Formatting field not found in record: " + e.getMessage(), e);
        }
    }
}
