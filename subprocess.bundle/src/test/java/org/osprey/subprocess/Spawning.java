package org.osprey.subprocess;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.osprey.os.Os;

/** What a test needs of how children start: skipped, naming it, where the provider has only ProcessBuilder. */
final class Spawning {
    private Spawning() {
    }

    /** Whether children start natively ({@code os.posix_spawn}, reaped with {@code waitpid}), as Subprocess decides. */
    static boolean isNative(Os os) {
        try {
            os.WNOHANG();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** Skips unless children start natively: on provider {@code os}, {@link ProcessBuilder} cannot do {@code what}. */
    static void assumeNative(Os os, String what) {
        assumeTrue(isNative(os), () -> "provider " + os.providerId() + " starts children with ProcessBuilder, which "
                + "cannot " + what);
    }
}
