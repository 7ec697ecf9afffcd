package org.osprey.posix;

import org.osprey.kit.ProcessKit;

/** The kit's process, user database and system fact tests on the POSIX provider. */
class ProcessTest extends ProcessKit {
    ProcessTest() {
        super(new PosixProvider());
    }
}
