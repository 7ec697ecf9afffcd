package org.osprey.platform;

/**
 * Python's {@code platform.uname_result}: {@code os.uname()}'s five fields and {@code processor}, each {@code ""}
 * where it cannot be told (never {@code "unknown"}).
 */
public record UnameResult(String system, String node, String release, String version, String machine,
        String processor) {
}
