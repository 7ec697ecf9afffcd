package org.osprey.os;

/**
 * A pseudo-terminal pair, as {@code os.openpty()} returns it: {@code (master_fd, slave_fd)}.
 *
 * @param master the controlling side's file descriptor
 * @param slave  the terminal side's file descriptor, the one a program sees as its tty
 */
public record Pty(int master, int slave) {
}
