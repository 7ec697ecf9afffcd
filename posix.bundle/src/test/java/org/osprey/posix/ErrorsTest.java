package org.osprey.posix;

import org.osprey.kit.ErrorsKit;

/** The kit's error tests on the POSIX provider. */
class ErrorsTest extends ErrorsKit {
    ErrorsTest() {
        super(new PosixProvider());
    }
}
