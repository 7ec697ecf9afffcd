package org.osprey.logging;

import java.util.Map;
import java.util.regex.Pattern;

import org.osprey.logging.internal.format.PercentFormat;

/** Python's {@code PercentStyle}: {@code %(name)s}. */
final class PercentStyle extends FormatStyle {
    private static final Pattern VALID =
            Pattern.compile("%\\(\\w+\\)[#0+ -]*(\\*|\\d+)?(\\.(\\*|\\d+))?[diouxefgcrsa%]", Pattern.CASE_INSENSITIVE);

    PercentStyle(String fmt, Map<String, ?> defaults) {
        super(fmt, defaults);
    }

    @Override
    boolean usesTime() {
        return fmt.contains("%(asctime)");
    }

    @Override
    void validate() {
        if (!VALID.matcher(fmt).find()) {
            throw new IllegalArgumentException("Invalid format '" + fmt + "' for '%' style");
        }
    }

    @Override
    String apply(Map<String, Object> values) {
        return PercentFormat.format(fmt, values);
    }
}
