package org.osprey.platform;

/** The tuple {@code (system, release, version)} of {@code platform.system_alias()}. */
public record SystemAlias(String system, String release, String version) {
}
