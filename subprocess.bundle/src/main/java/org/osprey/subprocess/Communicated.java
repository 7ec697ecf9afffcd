package org.osprey.subprocess;

/**
 * What {@link Popen#communicate} returns, Python's pair {@code (stdout_data, stderr_data)}.
 *
 * @param stdout all the child wrote to a {@code stdout} pipe, or null where it was not a pipe
 * @param stderr all the child wrote to a {@code stderr} pipe, or null where it was not a pipe
 * @param <T>    {@code byte[]} or {@code String}
 */
public record Communicated<T>(T stdout, T stderr) {
}
