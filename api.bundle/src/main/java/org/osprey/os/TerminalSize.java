package org.osprey.os;

/**
 * Python's {@code os.terminal_size}: what {@code os.get_terminal_size} returns.
 *
 * @param columns the width of the terminal window in characters
 * @param lines   the height of the terminal window in characters
 */
public record TerminalSize(int columns, int lines) {
}
