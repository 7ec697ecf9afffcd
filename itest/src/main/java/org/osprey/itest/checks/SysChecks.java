package org.osprey.itest.checks;

import static org.osprey.itest.checks.Checks.equal;
import static org.osprey.itest.checks.Checks.raises;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;
import org.osprey.os.Os;
import org.osprey.sys.Sys;

/** Checks of {@code sys} through its API only (see {@link Checks}); {@code exit} would end the run. */
final class SysChecks {
    private SysChecks() {
    }

    static final List<Check> ALL = List.of(
            new Check("sys", "the running JVM's facts", SysChecks::facts),
            new Check("sys", "what has no JVM meaning fails saying so", SysChecks::refusals));

    private static void facts(Os os, String dir) {
        Sys sys = Sys.of(os);
        equal(Runtime.version().feature(), sys.versionInfo().major(), "version_info is the Java runtime's");
        equal(true, sys.modules().containsKey("java.base") || sys.modules().containsKey("org.osprey.sys"),
                "the loaded modules, or the framework's bundles");
        equal(os.platform().fsEncoding().encoding(), sys.getfilesystemencoding(), "the provider's encoding");
    }

    private static void refusals(Os os, String dir) {
        UnsupportedOperationException e = raises(UnsupportedOperationException.class,
                () -> Sys.of(os).getrecursionlimit());
        equal(true, e.getMessage().startsWith("sys.getrecursionlimit has no meaning on the JVM"), e.getMessage());
    }
}
