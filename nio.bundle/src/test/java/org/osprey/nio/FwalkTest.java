package org.osprey.nio;

import org.osprey.kit.FwalkKit;

/** The kit's FwalkKit on the pure-Java provider. */
class FwalkTest extends FwalkKit {
    FwalkTest() {
        super(new NioProvider());
    }
}
