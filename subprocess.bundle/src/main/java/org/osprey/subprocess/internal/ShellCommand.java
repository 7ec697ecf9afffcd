package org.osprey.subprocess.internal;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The {@code args} of a child started from one string (a shell command, or a program's name): a list of that one
 * string, which Python's messages show as the string it was ({@code Command 'ls x' returned ...}), not as a list.
 */
public final class ShellCommand extends AbstractList<String> implements RandomAccess {
    private final String command;

    private ShellCommand(String command) {
        this.command = command;
    }

    /** @throws NullPointerException naming {@code args}, as the string overloads' parameter */
    public static ShellCommand of(String args) {
        return new ShellCommand(Objects.requireNonNull(args, "args"));
    }

    /** {@return the string itself} */
    public String command() {
        return command;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, 1);
        return command;
    }

    @Override
    public int size() {
        return 1;
    }
}
