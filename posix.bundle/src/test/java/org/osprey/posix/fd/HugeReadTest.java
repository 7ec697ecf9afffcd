package org.osprey.posix.fd;

import org.osprey.kit.HugeReadKit;
import org.osprey.posix.PosixProvider;

/** The kit's huge read tests on the POSIX provider. */
class HugeReadTest extends HugeReadKit {
    HugeReadTest() {
        super(new PosixProvider());
    }
}
