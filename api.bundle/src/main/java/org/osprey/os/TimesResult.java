package org.osprey.os;

/**
 * Python's {@code os.times_result}: CPU times of this process and of its waited-for children, in seconds.
 *
 * @param elapsed wall-clock seconds since a fixed point in the past (on POSIX, {@code times(2)}'s return
 *                value): only differences between two calls mean anything
 */
public record TimesResult(double user, double system, double childrenUser, double childrenSystem,
        double elapsed) {
}
