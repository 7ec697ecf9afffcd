package org.osprey.platform;

/** The tuple {@code (bits, linkage)} of {@code platform.architecture()}: {@code ("64bit", "ELF")}. */
public record Architecture(String bits, String linkage) {
}
