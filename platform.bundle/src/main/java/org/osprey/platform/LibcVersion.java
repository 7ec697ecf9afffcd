package org.osprey.platform;

/** The tuple {@code (lib, version)} of {@code platform.libc_ver()}: {@code ("glibc", "2.36")}. */
public record LibcVersion(String lib, String version) {
}
