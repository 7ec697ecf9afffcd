package org.osprey.os;

/**
 * Python's {@code resource.struct_rusage}: the resources a waited-for child used. Times are float seconds;
 * {@code ru_maxrss} is in kilobytes on Linux and in bytes on macOS, as the platform reports it.
 */
public record Rusage(double ruUtime, double ruStime, long ruMaxrss, long ruIxrss, long ruIdrss, long ruIsrss,
        long ruMinflt, long ruMajflt, long ruNswap, long ruInblock, long ruOublock, long ruMsgsnd, long ruMsgrcv,
        long ruNsignals, long ruNvcsw, long ruNivcsw) {
}
