package org.osprey.itest.checks;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;

/** Checks of {@code tempfile} through its API only (see {@link Checks}). */
final class TempfileChecks {
    private TempfileChecks() {
    }

    static final List<Check> ALL = List.of();
}
