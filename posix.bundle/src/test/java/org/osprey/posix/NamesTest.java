package org.osprey.posix;

import org.osprey.kit.NamesKit;

/** The kit's bytes file name tests on the POSIX provider. */
class NamesTest extends NamesKit {
    NamesTest() {
        super(new PosixProvider());
    }
}
