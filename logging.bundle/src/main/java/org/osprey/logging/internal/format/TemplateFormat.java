package org.osprey.logging.internal.format;

import java.util.ArrayList;
import java.util.List;
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
        return template.indexOf('$') < 0 ? template : compile(template).apply(mapping, safe);
    }

    /**
     * {@code Template(template)} parsed once, for a template its owner substitutes again and again (a
     * formatter's); its errors come at substitution, as Python's.
     *
     * @param template the template
     * @return the parsed template
     */
    public static Compiled compile(String template) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                pieces.add(new Text(template.substring(last, m.start())));
            }
            last = m.end();
            String name = m.group("named") != null ? m.group("named") : m.group("braced");
            if (name != null) {
                pieces.add(new Name(name, m.group()));
            } else if (m.group("escaped") != null) {
                pieces.add(new Text("$"));
            } else {
                pieces.add(new Invalid(m.start("invalid")));
            }
        }
        if (last < template.length()) {
            pieces.add(new Text(template.substring(last)));
        }
        return new Compiled(template, pieces.toArray(Piece[]::new));
    }

    private sealed interface Piece permits Text, Name, Invalid {
    }

    private record Text(String text) implements Piece {
    }

    /** A placeholder: its name, and its text as {@code safe_substitute} leaves it. */
    private record Name(String name, String placeholder) implements Piece {
    }

    /** A lone {@code $} at {@code at}. */
    private record Invalid(int at) implements Piece {
    }

    /** A template parsed by {@link #compile}. */
    public static final class Compiled {
        private final String template;
        private final Piece[] pieces;

        private Compiled(String template, Piece[] pieces) {
            this.template = template;
            this.pieces = pieces;
        }

        /**
         * {@code Template(template).substitute(mapping)}, as {@link TemplateFormat#substitute}.
         *
         * @param mapping the values by name
         * @return the text
         */
        public String substitute(Map<String, ?> mapping) {
            return apply(mapping, false);
        }

        private String apply(Map<String, ?> mapping, boolean safe) {
            StringBuilder out = new StringBuilder(template.length() + 32);
            for (Piece piece : pieces) {
                if (piece instanceof Text t) {
                    out.append(t.text);
                } else if (piece instanceof Name n) {
                    if (mapping.containsKey(n.name)) {
                        out.append(PyStr.str(mapping.get(n.name)));
                    } else if (safe) {
                        out.append(n.placeholder);
                    } else {
                        throw new NoSuchElementException(PyStr.repr(n.name));
                    }
                } else if (safe) {
                    out.append('$');
                } else {
                    throw invalid(template, ((Invalid) piece).at);
                }
            }
            return out.toString();
        }
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
