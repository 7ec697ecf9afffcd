package org.osprey.glob.internal;

import java.util.ArrayList;
import java.util.List;

import org.osprey.fnmatch.internal.Piece;
import org.osprey.fnmatch.internal.PyRegex;
import org.osprey.fnmatch.internal.ShellPattern;
import org.osprey.glob.TranslateOptions;
import org.osprey.os.path.OsPath;

/** {@code glob.translate} (3.13): a whole path pattern as Python {@code re} text, segment by segment. */
final class GlobRegex {
    private GlobRegex() {
    }

    static String translate(String pattern, TranslateOptions options, OsPath path) {
        String seps = options.seps();
        if (seps == null || seps.isEmpty()) {
            seps = path.altsep() == null ? path.sep() : path.sep() + path.altsep();
        }
        StringBuilder escaped = new StringBuilder();
        seps.codePoints().forEach(c -> escaped.append(PyRegex.escape(c)));
        String anySep = seps.codePointCount(0, seps.length()) > 1 ? "[" + escaped + "]" : escaped.toString();
        String notSep = "[^" + escaped + "]";
        String oneLastSegment;
        String anySegments;
        String anyLastSegments;
        if (options.includeHidden()) {
            oneLastSegment = notSep + "+";
            anySegments = "(?:.+" + anySep + ")?";
            anyLastSegments = ".*";
        } else {
            oneLastSegment = "[^" + escaped + ".]" + notSep + "*";
            anySegments = "(?:" + oneLastSegment + anySep + ")*";
            anyLastSegments = anySegments + "(?:" + oneLastSegment + ")?";
        }
        String oneSegment = oneLastSegment + anySep;
        List<String> parts = split(pattern, seps);
        StringBuilder sb = new StringBuilder("(?s:");
        int last = parts.size() - 1;
        for (int i = 0; i <= last; i++) {
            String part = parts.get(i);
            if (part.equals("*")) {
                sb.append(i < last ? oneSegment : oneLastSegment);
            } else if (options.recursive() && part.equals("**")) {
                if (i == last) {
                    sb.append(anyLastSegments);
                } else if (!parts.get(i + 1).equals("**")) {
                    sb.append(anySegments);
                }
            } else {
                if (!part.isEmpty()) {
                    if (!options.includeHidden() && (part.charAt(0) == '*' || part.charAt(0) == '?')) {
                        sb.append("(?!\\.)");
                    }
                    for (Piece p : ShellPattern.parse(part)) {
                        sb.append(PyRegex.text(p, notSep + "*", notSep));
                    }
                }
                if (i < last) {
                    sb.append(anySep);
                }
            }
        }
        return sb.append(")\\Z").toString();
    }

    /** {@code re.split(any_sep, pat)}: the parts between separators, empty ones included. */
    private static List<String> split(String pattern, String seps) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (seps.indexOf(pattern.charAt(i)) >= 0) {
                parts.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(pattern.substring(start));
        return parts;
    }
}
