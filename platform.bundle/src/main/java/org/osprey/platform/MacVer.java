package org.osprey.platform;

/**
 * The tuple {@code (release, versioninfo, machine)} of {@code platform.mac_ver()}, {@code versioninfo} being
 * {@code (version, dev_stage, non_release_version)}; all {@code ""} off macOS.
 */
public record MacVer(String release, VersionInfo versioninfo, String machine) {
    /** {@code (version, dev_stage, non_release_version)}: {@code ("", "", "")}, as CPython reports it. */
    public record VersionInfo(String version, String devStage, String nonReleaseVersion) {
    }
}
