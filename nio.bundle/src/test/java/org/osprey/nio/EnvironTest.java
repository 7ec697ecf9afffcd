package org.osprey.nio;

import org.osprey.kit.EnvironKit;

/** The kit's EnvironKit on the pure-Java provider. */
class EnvironTest extends EnvironKit {
    EnvironTest() {
        super(new NioProvider());
    }
}
