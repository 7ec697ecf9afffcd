package org.osprey.shutil.internal;

import java.util.regex.Pattern;

/**
 * A shell-style pattern as Python's {@code fnmatch.fnmatchcase} reads it ({@code *}, {@code ?}, {@code [seq]},
 * {@code [!seq]}; an unclosed {@code [} is literal; a backslash is an ordinary character), compiled to a regex.
 * Private to shutil so that it needs no other bundle; POSIX names compare case-sensitively, as there.
 */
final class NamePattern {
    private final Pattern regex;

    NamePattern(String pattern) {
        this.regex = Pattern.compile(translate(pattern), Pattern.DOTALL);
    }

    boolean matches(String name) {
        return regex.matcher(name).matches();
    }

    static String translate(String pat) {
        StringBuilder re = new StringBuilder();
        int n = pat.length();
        int i = 0;
        while (i < n) {
            char c = pat.charAt(i++);
            if (c == '*') {
                while (i < n && pat.charAt(i) == '*') {
                    i++;
                }
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int end = classEnd(pat, i);
                if (end < 0) {
                    literal(re, '[');
                } else {
                    charClass(re, pat.substring(i, end));
                    i = end + 1;
                }
            } else {
                literal(re, c);
            }
        }
        return re.toString();
    }

    /** The index of the {@code ]} closing a class whose body starts at {@code i}, or -1. */
    private static int classEnd(String pat, int i) {
        int j = i;
        if (j < pat.length() && pat.charAt(j) == '!') {
            j++;
        }
        if (j < pat.length() && pat.charAt(j) == ']') {
            j++;
        }
        while (j < pat.length() && pat.charAt(j) != ']') {
            j++;
        }
        return j < pat.length() ? j : -1;
    }

    private static void charClass(StringBuilder re, String body) {
        boolean negated = body.startsWith("!");
        String members = negated ? body.substring(1) : body;
        StringBuilder set = new StringBuilder();
        int k = 0;
        while (k < members.length()) {
            char lo = members.charAt(k);
            if (k + 2 < members.length() && members.charAt(k + 1) == '-') {
                char hi = members.charAt(k + 2);
                if (lo <= hi) { // Python drops a reversed range: it matches nothing
                    literal(set, lo);
                    set.append('-');
                    literal(set, hi);
                }
                k += 3;
            } else {
                literal(set, lo);
                k++;
            }
        }
        if (set.length() == 0) {
            re.append(negated ? "." : "(?!)");
        } else {
            re.append(negated ? "[^" : "[").append(set).append(']');
        }
    }

    private static void literal(StringBuilder re, char c) {
        if (c < 0x80 && Character.isLetterOrDigit(c)) {
            re.append(c);
        } else {
            re.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }
}
