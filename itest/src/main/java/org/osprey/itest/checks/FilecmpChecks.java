package org.osprey.itest.checks;

import java.util.List;

import org.osprey.itest.checks.Checks.Check;

/** Checks of {@code filecmp} through its API only (see {@link Checks}). */
final class FilecmpChecks {
    private FilecmpChecks() {
    }

    static final List<Check> ALL = List.of();
}
