package org.osprey.nio;

import org.osprey.kit.EnvironBytesKit;

/** The kit's EnvironBytesKit on the pure-Java provider. */
class EnvironBytesTest extends EnvironBytesKit {
    EnvironBytesTest() {
        super(new NioProvider());
    }
}
