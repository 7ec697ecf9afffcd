package org.osprey.nio;

import org.osprey.kit.ErrorsKit;

/** The kit's ErrorsKit on the pure-Java provider. */
class ErrorsTest extends ErrorsKit {
    ErrorsTest() {
        super(new NioProvider());
    }
}
