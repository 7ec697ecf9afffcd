package org.osprey.posix;

import org.osprey.kit.FwalkKit;

/** The kit's fwalk tests on the POSIX provider. */
class FwalkTest extends FwalkKit {
    FwalkTest() {
        super(new PosixProvider());
    }
}
