package org.osprey.platform;

/**
 * The tuple {@code (release, vendor, vminfo, osinfo)} of {@code platform.java_ver()}: {@code vminfo} is
 * {@code (vm_name, vm_release, vm_vendor)}, {@code osinfo} {@code (os_name, os_version, os_arch)}.
 */
public record JavaVer(String release, String vendor, VmInfo vminfo, OsInfo osinfo) {
    /** {@code (vm_name, vm_release, vm_vendor)}. */
    public record VmInfo(String name, String release, String vendor) {
    }

    /** {@code (os_name, os_version, os_arch)}: the JDK's own idea of the OS ({@code os.arch} is {@code amd64}). */
    public record OsInfo(String name, String version, String arch) {
    }
}
