package org.osprey.nio;

import org.osprey.kit.FdKit;

/** The kit's FdKit on the pure-Java provider. */
class FdTest extends FdKit {
    FdTest() {
        super(new NioProvider());
    }
}
