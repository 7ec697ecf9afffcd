package org.osprey.logging;

import java.util.Map;
import java.util.regex.Pattern;

import org.osprey.logging.internal.format.PercentFormat;

/** Python's {@code PercentStyle}: {@code %(name)s}. */
final class PercentStyle extends FormatStyle {
    private static final Pattern VALID =
            Pattern.compile("%\\(\\w+\\)[#0+ -]*(\\*|\\d+)?(\\.(\\*|\\d+))?[diouxefgcrsa%]", Pattern.CASE_INSENSITIVE);

    /** Parsed once here: the shared parse cache is for messages, which may come and go by the thousand. */
    private final PercentFormat.Compiled compiled;

    PercentStyle(String fmt, Map<String, ?> defaults) {
        super(fmt, defaults, fmt.contains("%(asctime)"));
        this.compiled = PercentFormat.compile(fmt);
    }

    @Override
    void validate() {
        if (!VALID.matcher(fmt).find()) {
            throw new IllegalArgumentException("Invalid format '" + fmt + "' for '%' style");
        }
    }

    @Override
    String apply(Map<String, Object> values) {
        return compiled.format(values);
    }
}
