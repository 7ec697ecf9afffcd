package org.osprey.sys;

/**
 * Python's {@code sys.getwindowsversion()} result: {@code (major, minor, build, platform, service_pack)}.
 *
 * @param platform    2 ({@code VER_PLATFORM_WIN32_NT}), as on every Windows a JVM runs on
 * @param servicePack {@code "Service Pack 1"}, or {@code ""}
 */
public record WindowsVersion(int major, int minor, int build, int platform, String servicePack) {
}
