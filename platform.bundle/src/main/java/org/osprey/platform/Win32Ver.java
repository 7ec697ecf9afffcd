package org.osprey.platform;

/** The tuple {@code (release, version, csd, ptype)} of {@code platform.win32_ver()}; all {@code ""} off Windows. */
public record Win32Ver(String release, String version, String csd, String ptype) {
}
