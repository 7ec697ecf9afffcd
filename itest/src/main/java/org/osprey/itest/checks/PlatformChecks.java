package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.equal;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.Os;
import org.osprey.platform.Architecture;
import org.osprey.platform.Platform;

/** Checks of {@code platform} through its API only (see {@link Checks}). */
final class PlatformChecks {
    private PlatformChecks() {
    }

    static final List<Check> ALL = List.of(
            new Check("platform", "uname and the platform string agree", PlatformChecks::uname),
            new Check("platform", "the running java is read from its own header", PlatformChecks::architecture));

    private static void uname(Os os, String dir) {
        Platform platform = Platform.of(os);
        equal(System.getProperty("os.name"), platform.system(), "the system is the JDK's os.name");
        equal(true, platform.platform(false, true).startsWith(platform.system() + "-"), "terse starts with it");
    }

    private static void architecture(Os os, String dir) {
        Architecture a = Platform.of(os).architecture();
        equal(System.getProperty("sun.arch.data.model") + "bit", a.bits(), "the JVM's pointer size");
        equal(System.getProperty("os.name").equals("Linux") ? "ELF" : a.linkage(), a.linkage(), "ELF on Linux");
    }
}
