package org.osprey.os.internal;

import java.util.Map;

import org.osprey.os.CreateProcessOptions;

/** CPython's checks of {@code _winapi.CreateProcess}'s strings, made before any provider sees them. */
final class WindowsChildArgs {
    private WindowsChildArgs() {
    }

    /**
     * No NUL anywhere (CPython's "embedded null character"); an environment key neither empty nor holding
     * {@code =} past its first character (Windows' hidden {@code =C:} variables start with one).
     */
    static void check(String commandLine, CreateProcessOptions options) {
        noNul(commandLine);
        if (options.applicationName() != null) {
            noNul(options.applicationName());
        }
        if (options.currentDirectory() != null) {
            noNul(options.currentDirectory());
        }
        if (options.env() != null) {
            for (Map.Entry<String, String> e : options.env().entrySet()) {
                noNul(e.getKey());
                noNul(e.getValue());
                if (e.getKey().isEmpty() || e.getKey().indexOf('=', 1) >= 0) {
                    throw new IllegalArgumentException("illegal environment variable name");
                }
            }
        }
    }

    private static void noNul(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character");
        }
    }
}
