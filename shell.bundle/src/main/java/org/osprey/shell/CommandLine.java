package org.osprey.shell;

import org.apache.felix.service.command.CommandSession;

/**
 * The command line's arguments as one Gogo command: the first names the command, the others reach it unchanged
 * (bound to session variables, so neither Gogo's quoting nor its wildcard expansion touches a file name). One
 * argument holding a space is a whole Gogo line instead ({@code 'os:listdir /tmp | ...'}), as {@code gosh -c}.
 */
final class CommandLine {
    private CommandLine() {
    }

    static String of(CommandSession session, String[] args) {
        if (args.length == 1 && args[0].strip().contains(" ")) {
            return args[0];
        }
        StringBuilder line = new StringBuilder(args[0]);
        for (int i = 1; i < args.length; i++) {
            String name = "arg_" + i;
            session.put(name, args[i]);
            line.append(" $").append(name);
        }
        return line.toString();
    }
}
