package org.osprey.nio;

import org.osprey.kit.ProcessKit;

/** The kit's ProcessKit on the pure-Java provider. */
class ProcessTest extends ProcessKit {
    ProcessTest() {
        super(new NioProvider());
    }
}
