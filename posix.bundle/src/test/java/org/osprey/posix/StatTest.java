package org.osprey.posix;

import org.osprey.kit.StatKit;

/** The kit's stat tests on the POSIX provider. */
class StatTest extends StatKit {
    StatTest() {
        super(new PosixProvider());
    }
}
