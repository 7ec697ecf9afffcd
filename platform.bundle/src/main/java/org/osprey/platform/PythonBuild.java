package org.osprey.platform;

/** The tuple {@code (buildno, builddate)} of {@code platform.python_build()}, here the Java runtime's. */
public record PythonBuild(String buildno, String builddate) {
}
