package org.osprey.itest.checks;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;

/** Checks of {@code shutil} through its API only (see {@link Checks}). */
final class ShutilChecks {
    private ShutilChecks() {
    }

    static final List<Check> ALL = List.of();
}
