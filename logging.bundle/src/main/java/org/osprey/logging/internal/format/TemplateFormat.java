package org.osprey.logging.internal.format;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code string.Template}: {@code $name}, {@code ${name}} and {@code $$}, names of ASCII letters, digits
 * and underscores as {@code Template.idpattern}. KeyError is NoSuchElementException, ValueError
 * IllegalArgumentException, with Python's messages.
 */
public final class TemplateFormat {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$(?:(?<escaped>\\$)|(?<named>[_a-zA-Z][_a-zA-Z0-9]*)|\\{(?<braced>[_a-zA-Z][_a-zA-Z0-9]*)}|(?<invalid>))");

    private TemplateFormat() {
    }

    /** {@code Template(t).substitute(m)}: a missing name is a KeyError, a lone {@code $} a ValueError. */
    public static String substitute(String template, Map<String, ?> mapping) {
        return replace(template, mapping, false);
    }

    /** {@code Template(t).safe_substitute(m)}: missing names and lone {@code $} stay as they are. */
    public static String safeSubstitute(String template, Map<String, ?> mapping) {
        return replace(template, mapping, true);
    }

    private static String replace(String template, Map<String, ?> mapping, boolean safe) {
        if (template.indexOf('$') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        int last = 0;
        while (m.find()) {
            out.append(template, last, m.start());
            last = m.end();
            String name = m.group("named") != null ? m.group("named") : m.group("braced");
            if (name != null) {
                if (mapping.containsKey(name)) {
                    out.append(PyStr.str(mapping.get(name)));
                } else if (safe) {
                    out.append(m.group());
                } else {
                    throw new NoSuchElementException(PyStr.repr(name));
                }
            } else if (m.group("escaped") != null) {
                out.append('$');
            } else if (safe) {
                out.append(m.group());
            } else {
                throw invalid(template, m.start("invalid"));
            }
        }
        return out.append(template, last, template.length()).toString();
    }

    /** Python's message: the line, and the column counted as {@code str.splitlines(keepends=True)} does. */
    private static IllegalArgumentException invalid(String template, int at) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = template.charAt(i);
            boolean crlf = c == '\r' && i + 1 < at && template.charAt(i + 1) == '\n';
            if (crlf) {
                i++;
            }
            if (isLineBreak(c) && i + 1 < at) {
                line++;
                lineStart = i + 1;
            }
        }
        int lineno = at == 0 ? 1 : line + 1;
        int colno = at == 0 ? 1 : template.codePointCount(lineStart, at);
        return new IllegalArgumentException("Invalid placeholder in string: line " + lineno + ", col " + colno);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
