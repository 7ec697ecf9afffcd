package org.osprey.os;

/**
 * The two ends of a pipe, as {@code os.pipe()} returns them: {@code (r, w)}.
 *
 * @param read  the file descriptor to read from
 * @param write the file descriptor to write to
 */
public record Pipe(int read, int write) {
}
