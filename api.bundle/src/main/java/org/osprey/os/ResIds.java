package org.osprey.os;

/**
 * The real, effective and saved ids that Python's {@code os.getresuid()} and {@code os.getresgid()} return
 * as a triple.
 */
public record ResIds(long real, long effective, long saved) {
}
