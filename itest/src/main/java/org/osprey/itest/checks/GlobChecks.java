package org.osprey.itest.checks;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;

/** Checks of {@code glob} through its API only (see {@link Checks}). */
final class GlobChecks {
    private GlobChecks() {
    }

    static final List<Check> ALL = List.of();
}
