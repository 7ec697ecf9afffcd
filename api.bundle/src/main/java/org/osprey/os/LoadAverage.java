package org.osprey.os;

/** The triple of Python's {@code os.getloadavg()}: run-queue lengths averaged over 1, 5 and 15 minutes. */
public record LoadAverage(double oneMinute, double fiveMinutes, double fifteenMinutes) {
}
