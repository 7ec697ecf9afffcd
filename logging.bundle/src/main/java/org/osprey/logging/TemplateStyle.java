package org.osprey.logging;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.logging.internal.format.TemplateFormat;

/** Python's {@code StringTemplateStyle}: {@code ${name}} and {@code $name}. */
final class TemplateStyle extends FormatStyle {
    /** {@code string.Template.pattern}. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$(?:(?<escaped>\\$)|(?<named>[_a-z][_a-z0-9]*)|\\{(?<braced>[_a-z][_a-z0-9]*)}|(?<invalid>))",
            Pattern.CASE_INSENSITIVE);

    /** Parsed once here, not matched by the pattern at each record. */
    private final TemplateFormat.Compiled compiled;

    TemplateStyle(String fmt, Map<String, ?> defaults) {
        super(fmt, defaults, fmt.contains("$asctime") || fmt.contains("${asctime}"));
        this.compiled = TemplateFormat.compile(fmt);
    }

    @Override
    void validate() {
        Set<String> fields = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(fmt);
        while (m.find()) {
            if (m.group("named") != null) {
                fields.add(m.group("named"));
            } else if (m.group("braced") != null) {
                fields.add(m.group("braced"));
            } else if (m.group().equals("$")) {
                throw new IllegalArgumentException("invalid format: bare '$' not allowed");
            }
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("invalid format: no fields");
        }
    }

    @Override
    String apply(Map<String, Object> values) {
        return compiled.substitute(values);
    }
}
