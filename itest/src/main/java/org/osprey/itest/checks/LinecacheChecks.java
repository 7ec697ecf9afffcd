package org.osprey.itest.checks;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;

/** Checks of {@code linecache} through its API only (see {@link Checks}). */
final class LinecacheChecks {
    private LinecacheChecks() {
    }

    static final List<Check> ALL = List.of();
}
