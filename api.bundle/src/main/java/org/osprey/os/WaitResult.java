package org.osprey.os;

/**
 * The pair {@code (pid, status)} of Python's {@code os.waitpid} and {@code os.wait}: the child's pid (0 when
 * {@code WNOHANG} found none ready) and its wait status, which {@link Os#WIFEXITED} and the others decode.
 */
public record WaitResult(long pid, int status) {
}
