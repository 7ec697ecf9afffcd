package org.osprey.os;

/** The triple {@code (pid, status, rusage)} of Python's {@code os.wait3} and {@code os.wait4}. */
public record Wait4Result(long pid, int status, Rusage rusage) {
}
