package org.osprey.os;

/** Python's {@code os.uname_result}. */
public record UnameResult(String sysname, String nodename, String release, String version, String machine) {
}
