package org.osprey.nio;

import org.osprey.kit.ProcessParamsKit;

/** The kit's ProcessParamsKit on the pure-Java provider. */
class ProcessParamsTest extends ProcessParamsKit {
    ProcessParamsTest() {
        super(new NioProvider());
    }
}
