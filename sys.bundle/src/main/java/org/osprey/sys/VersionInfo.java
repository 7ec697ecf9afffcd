package org.osprey.sys;

/**
 * Python's {@code sys.version_info}, of the running Java runtime: {@code (17, 0, 15, "final", 0)} for 17.0.15.
 *
 * @param major        the feature release ({@link Runtime.Version#feature()})
 * @param minor        the interim release
 * @param micro        the update release
 * @param releaselevel {@code "final"}, or the runtime's pre-release tag ({@code "ea"}) where Python says
 *                     {@code alpha}, {@code beta} or {@code candidate}
 * @param serial       the emergency patch release
 */
public record VersionInfo(int major, int minor, int micro, String releaselevel, int serial) {
}
