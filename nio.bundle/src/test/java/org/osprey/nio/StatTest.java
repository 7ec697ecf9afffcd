package org.osprey.nio;

import org.osprey.kit.StatKit;

/** The kit's StatKit on the pure-Java provider. */
class StatTest extends StatKit {
    StatTest() {
        super(new NioProvider());
    }
}
