package org.osprey.logging;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osprey.logging.internal.format.BraceFormat;
import org.osprey.logging.internal.format.PyStr;

/** Python's {@code StrFormatStyle}: {@code {name}}. */
final class BraceStyle extends FormatStyle {
    private static final Pattern FMT_SPEC = Pattern.compile(
            "^(.?[<>=^])?[+ -]?#?0?(\\d+|\\{\\w+})?[,_]?(\\.(\\d+|\\{\\w+}))?[bcdefgnosx%]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_SPEC = Pattern.compile("^(\\d+|\\w+)(\\.\\w+|\\[[^]]+])*$");

    BraceStyle(String fmt, Map<String, ?> defaults) {
        super(fmt, defaults, fmt.contains("{asctime"));
    }

    @Override
    void validate() {
        Set<String> fields = new HashSet<>();
        try {
            for (String[] field : fields(fmt)) {
                String name = field[0];
                String conversion = field[1];
                String spec = field[2];
                if (!name.isEmpty()) {
                    if (!FIELD_SPEC.matcher(name).find()) {
                        throw new IllegalArgumentException("invalid field name/expression: " + PyStr.repr(name));
                    }
                    fields.add(name);
                }
                if (conversion != null && !"rsa".contains(conversion)) {
                    throw new IllegalArgumentException("invalid conversion: " + PyStr.repr(conversion));
                }
                if (!spec.isEmpty() && !FMT_SPEC.matcher(spec).find()) {
                    throw new IllegalArgumentException("bad specifier: " + PyStr.repr(spec));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid format: " + e.getMessage(), e);
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("invalid format: no fields");
        }
    }

    /** {@code string.Formatter().parse(fmt)}'s fields: name, conversion (or null), spec. */
    private static Iterable<String[]> fields(String fmt) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    i += 2;
                    continue;
                }
                throw new IllegalArgumentException("Single '}' encountered in format string");
            }
            if (c != '{') {
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                i += 2;
                continue;
            }
            int depth = 1;
            int j = i + 1;
            while (j < n && depth > 0) {
                char d = fmt.charAt(j);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                j++;
            }
            if (depth > 0) {
                throw new IllegalArgumentException(i + 1 == n ? "Single '{' encountered in format string"
                        : "expected '}' before end of string");
            }
            String inner = fmt.substring(i + 1, j - 1);
            int colon = inner.indexOf(':');
            String head = colon >= 0 ? inner.substring(0, colon) : inner;
            String spec = colon >= 0 ? inner.substring(colon + 1) : "";
            int bang = head.indexOf('!');
            out.add(new String[] {bang >= 0 ? head.substring(0, bang) : head,
                bang >= 0 ? head.substring(bang + 1) : null, spec});
            i = j;
        }
        return out;
    }

    @Override
    String apply(Map<String, Object> values) {
        return BraceFormat.format(fmt, new Object[0], values);
    }
}
