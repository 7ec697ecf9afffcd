package org.osprey.logging.internal.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osprey.logging.internal.format.PyStr;

/**
 * The part of Python's {@code configparser.ConfigParser} that {@code fileConfig} reads with: {@code [section]}
 * headers (case-sensitive), {@code key = value} or {@code key: value} (keys lower-cased), full-line {@code #} and
 * {@code ;} comments, indented continuation lines (blank lines kept inside a value), a {@code DEFAULT} section
 * seen from every section, duplicate sections and options refused (strict, Python's DuplicateSectionError and
 * DuplicateOptionError as IllegalArgumentException), and {@code %(name)s} / {@code %%} interpolation
 * ({@code BasicInterpolation}).
 */
final class Ini {
    private static final Pattern SECTION = Pattern.compile("\\[(.+)]");
    private static final Pattern OPTION = Pattern.compile("(.*?)\\s*[=:]\\s*(.*)");
    private static final Pattern KEY = Pattern.compile("%\\(([^)]+)\\)s");
    private static final int MAX_INTERPOLATION_DEPTH = 10;
    private static final String DEFAULT = "DEFAULT";

    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

    /** A file configparser refuses: Python's ParsingError, which fileConfig reports as a RuntimeError. */
    static final class ParsingError extends Exception {
        ParsingError(String message) {
            super(message);
        }
    }

    private Ini(Map<String, String> initial) {
        initial.forEach((k, v) -> defaults.put(k.toLowerCase(Locale.ROOT), v));
    }

    /** Python's {@code ConfigParser(defaults).read_file(text)}. */
    static Ini parse(String text, String source, Map<String, String> initial) throws ParsingError {
        Ini ini = new Ini(initial);
        ini.read(text, source);
        return ini;
    }

    private void read(String text, String source) throws ParsingError {
        Map<String, List<String>> current = null;
        Map<String, Map<String, List<String>>> raw = new LinkedHashMap<>();
        Map<String, List<String>> rawDefaults = new LinkedHashMap<>();
        String sectionName = null;
        String option = null;
        int indentLevel = 0;
        Set<String> added = new HashSet<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String stripped = line.strip();
            boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
            if (stripped.isEmpty() || comment) {
                if (!comment && current != null && option != null) {
                    current.get(option).add("");
                }
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (current != null && option != null && indent > indentLevel) {
                current.get(option).add(stripped);
                continue;
            }
            indentLevel = indent;
            Matcher header = SECTION.matcher(stripped);
            if (header.lookingAt()) {
                sectionName = header.group(1);
                if (sectionName.equals(DEFAULT)) {
                    current = rawDefaults;
                } else if (!added.add(sectionName)) {
                    throw new IllegalArgumentException("While reading from " + PyStr.repr(source) + " [line "
                            + pad(n + 1) + "]: section " + PyStr.repr(sectionName) + " already exists");
                } else {
                    current = raw.computeIfAbsent(sectionName, k -> new LinkedHashMap<>());
                }
                option = null;
                continue;
            }
            if (current == null) {
                throw new ParsingError("File contains no section headers.\nfile: " + PyStr.repr(source)
                        + ", line: " + (n + 1) + "\n" + PyStr.repr(line + "\n"));
            }
            Matcher m = OPTION.matcher(stripped);
            if (!m.matches() || m.group(1).isEmpty()) {
                errors.add("\n\t[line " + pad(n + 1) + "]: " + PyStr.repr(line + "\n"));
                continue;
            }
            option = m.group(1).stripTrailing().toLowerCase(Locale.ROOT);
            if (!added.add(sectionName + "\0" + option)) {
                throw new IllegalArgumentException("While reading from " + PyStr.repr(source) + " [line " + pad(n + 1)
                        + "]: option " + PyStr.repr(option) + " in section " + PyStr.repr(sectionName)
                        + " already exists");
            }
            current.put(option, new ArrayList<>(List.of(m.group(2).strip())));
        }
        if (!errors.isEmpty()) {
            throw new ParsingError("Source contains parsing errors: " + PyStr.repr(source) + String.join("", errors));
        }
        rawDefaults.forEach((k, v) -> defaults.put(k, join(v)));
        raw.forEach((name, options) -> {
            Map<String, String> joined = new LinkedHashMap<>();
            options.forEach((k, v) -> joined.put(k, join(v)));
            sections.put(name, joined);
        });
    }

    private static String pad(int n) {
        return String.format("%2d", n);
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines).stripTrailing();
    }

    /** Python's {@code section in cp}. */
    boolean has(String section) {
        return sections.containsKey(section);
    }

    /** Python's {@code option in cp[section]}: the section's own options and the defaults. */
    boolean has(String section, String option) {
        return section(section).containsKey(option) || defaults.containsKey(option);
    }

    /** Python's {@code cp[section][option]}, interpolated. */
    String get(String section, String option) {
        String raw = raw(section, option);
        if (raw == null) {
            throw new NoSuchElementException(PyStr.repr(option));
        }
        StringBuilder out = new StringBuilder();
        interpolate(section, option, raw, out, 1);
        return out.toString();
    }

    /** Python's {@code cp[section].get(option, fallback)}, interpolated. */
    String get(String section, String option, String fallback) {
        return has(section, option) ? get(section, option) : fallback;
    }

    /** Python's {@code cp.get(section, option, raw=True, fallback=...)}. */
    String raw(String section, String option, String fallback) {
        String raw = raw(section, option);
        return raw != null ? raw : fallback;
    }

    private String raw(String section, String option) {
        String value = section(section).get(option);
        return value != null ? value : defaults.get(option);
    }

    private Map<String, String> section(String name) {
        Map<String, String> s = sections.get(name);
        if (s == null) {
            throw new NoSuchElementException(PyStr.repr(name));
        }
        return s;
    }

    private void interpolate(String section, String option, String rest, StringBuilder out, int depth) {
        if (depth > MAX_INTERPOLATION_DEPTH) {
            throw new IllegalArgumentException("Recursion limit exceeded in value substitution: option "
                    + PyStr.repr(option) + " in section " + PyStr.repr(section) + " contains an interpolation key"
                    + " which cannot be substituted in " + MAX_INTERPOLATION_DEPTH + " steps. Raw value: "
                    + PyStr.repr(raw(section, option)));
        }
        while (!rest.isEmpty()) {
            int p = rest.indexOf('%');
            if (p < 0) {
                out.append(rest);
                return;
            }
            out.append(rest, 0, p);
            rest = rest.substring(p);
            char c = rest.length() > 1 ? rest.charAt(1) : '\0';
            if (c == '%') {
                out.append('%');
                rest = rest.substring(2);
            } else if (c == '(') {
                Matcher m = KEY.matcher(rest);
                if (!m.lookingAt()) {
                    throw new IllegalArgumentException("bad interpolation variable reference " + PyStr.repr(rest));
                }
                String var = m.group(1).toLowerCase(Locale.ROOT);
                rest = rest.substring(m.end());
                String v = raw(section, var);
                if (v == null) {
                    throw new IllegalArgumentException("Bad value substitution: option " + PyStr.repr(option)
                            + " in section " + PyStr.repr(section) + " contains an interpolation key "
                            + PyStr.repr(var) + " which is not a valid option name. Raw value: "
                            + PyStr.repr(raw(section, option)));
                }
                if (v.indexOf('%') >= 0) {
                    interpolate(section, option, v, out, depth + 1);
                } else {
                    out.append(v);
                }
            } else {
                throw new IllegalArgumentException("'%' must be followed by '%' or '(', found: " + PyStr.repr(rest));
            }
        }
    }

}
