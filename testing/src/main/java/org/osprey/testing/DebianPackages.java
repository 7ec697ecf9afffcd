package org.osprey.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from a Debian package that {@code .ci/run} installs (an independent source of another
 * platform's numbers, say): where it is missing the test skips, saying what to install, but in CI on Linux it
 * fails, since there its absence is a missing install step, not a machine without it.
 */
public final class DebianPackages {
    private DebianPackages() {
    }

    /**
     * Skips the calling test when {@code present} is false; fails it in CI on Linux.
     *
     * @param present whether the package's file is here
     * @param what the file the test needs
     * @param debianPackage the package that has it
     */
    public static void need(boolean present, String what, String debianPackage) {
        String message = what + " is missing: apt-get install " + debianPackage;
        boolean ciOnLinux = "true".equals(System.getenv("CI")) && System.getProperty("os.name").equals("Linux");
        if (ciOnLinux) {
            assertTrue(present, message + " (.ci/run installs it)");
        }
        assumeTrue(present, message);
    }
}
