package org.osprey.subprocess.internal;

import java.util.List;

/** CPython's {@code subprocess.list2cmdline}: quoting by the Microsoft C runtime's rules. */
final class CmdLine {
    private CmdLine() {
    }

    static String list2cmdline(List<String> seq) {
        StringBuilder result = new StringBuilder();
        for (String arg : seq) {
            if (result.length() > 0) {
                result.append(' ');
            }
            boolean quote = arg.isEmpty() || arg.indexOf(' ') >= 0 || arg.indexOf('\t') >= 0;
            if (quote) {
                result.append('"');
            }
            int backslashes = 0;
            for (int i = 0; i < arg.length(); i++) {
                char c = arg.charAt(i);
                if (c == '\\') {
                    backslashes++;
                } else if (c == '"') {
                    result.append("\\".repeat(backslashes * 2)).append("\\\"");
                    backslashes = 0;
                } else {
                    result.append("\\".repeat(backslashes)).append(c);
                    backslashes = 0;
                }
            }
            result.append("\\".repeat(backslashes));
            if (quote) {
                result.append("\\".repeat(backslashes)).append('"');
            }
        }
        return result.toString();
    }
}
