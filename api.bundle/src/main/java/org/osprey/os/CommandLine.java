package org.osprey.os;

import java.util.List;

/**
 * A Windows command line from arguments, as CPython's {@code subprocess.list2cmdline} quotes them by the Microsoft C
 * runtime's rules: what {@code subprocess} shows, and how to quote the arguments of {@code os.spawn*} and
 * {@code os.exec*} on Windows, whose C runtime joins them with spaces and quotes none.
 */
public final class CommandLine {
    private CommandLine() {
    }

    /**
     * The arguments joined into one command line: an argument with a space or a tab, or an empty one, is put in
     * double quotes; a double quote is escaped with a backslash, and the backslashes before it or before a closing
     * quote are doubled. Mirrors {@code subprocess.list2cmdline(seq)}.
     *
     * @param seq the arguments, the program first
     * @return the command line
     */
    public static String list2cmdline(List<String> seq) {
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
