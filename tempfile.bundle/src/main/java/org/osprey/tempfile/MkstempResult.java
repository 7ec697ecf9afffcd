package org.osprey.tempfile;

/**
 * What {@code tempfile.mkstemp} returns: the tuple {@code (fd, name)}.
 *
 * @param fd   the real file descriptor, open for reading and writing and not inheritable; the caller owns it and
 *             closes it ({@code os.close(fd)}, or {@code os.fdopen(fd)} and close the channel)
 * @param name the absolute path of the new file, which stays until the caller removes it
 */
public record MkstempResult(int fd, String name) {
}
