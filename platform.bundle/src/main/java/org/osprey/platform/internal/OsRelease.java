package org.osprey.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The freedesktop.org {@code os-release} file, parsed as CPython 3.13 parses it (less strictly than a shell). */
final class OsRelease {
    /** {@code /etc} takes precedence over {@code /usr/lib}. */
    static final List<String> CANDIDATES = List.of("/etc/os-release", "/usr/lib/os-release");

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z0-9_]+)=([\"']?)(.*)\\2$", Pattern.UNIX_LINES);
    /** The five characters the standard says a backslash escapes. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\$\"'`])");

    private OsRelease() {
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("NAME", "Linux");
        info.put("ID", "linux");
        info.put("PRETTY_NAME", "Linux");
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                info.put(m.group(1), ESCAPE.matcher(m.group(3)).replaceAll("$1"));
            }
        }
        return info;
    }
}
