package org.osprey.posix;

import org.osprey.kit.DirKit;

/** The kit's listdir, scandir and walk tests on the POSIX provider. */
class DirTest extends DirKit {
    DirTest() {
        super(new PosixProvider());
    }
}
