package org.osprey.platform;

/** The tuple {@code (distname, version, id)} of the removed {@code platform.dist()}/{@code linux_distribution()}. */
public record LinuxDistribution(String distname, String version, String id) {
}
