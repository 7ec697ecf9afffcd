package org.osprey.shell;

import java.nio.file.Path;
import java.util.List;

/**
 * The jar's command line: {@code [--provider NAME] [-f SCRIPT | SCRIPT.osh | COMMAND ARGS...]}. The options come
 * first; everything after the command's name is the command's own. {@code --provider} wins over the system
 * property {@value #PROVIDER_PROPERTY}, which off the shell forces {@code Os.get()}'s provider alike.
 *
 * @param provider the provider to switch to before anything runs, or null for the best-ranked usable one
 * @param script the script file to run, or null
 * @param command the one command and its arguments; empty, without a script, for the interactive shell
 */
record Invocation(String provider, Path script, List<String> command) {
    static final String PROVIDER_PROPERTY = "osprey.provider";
    static final String SCRIPT_SUFFIX = ".osh";

    /** @throws IllegalArgumentException for an option without its value */
    static Invocation parse(List<String> args, String providerProperty) {
        String provider = providerProperty;
        int i = 0;
        if (i < args.size() && args.get(i).equals("--provider")) {
            provider = value(args, i++);
            i++;
        }
        List<String> rest = args.subList(i, args.size());
        if (!rest.isEmpty() && rest.get(0).equals("-f")) {
            if (rest.size() != 2) {
                throw new IllegalArgumentException("-f takes one script file and nothing after it");
            }
            return new Invocation(provider, Path.of(rest.get(1)), List.of());
        }
        if (rest.size() == 1 && rest.get(0).endsWith(SCRIPT_SUFFIX)) {
            return new Invocation(provider, Path.of(rest.get(0)), List.of());
        }
        return new Invocation(provider, null, List.copyOf(rest));
    }

    private static String value(List<String> args, int option) {
        if (option + 1 >= args.size()) {
            throw new IllegalArgumentException(args.get(option) + " takes a provider's name, such as posix or nio");
        }
        return args.get(option + 1);
    }
}
