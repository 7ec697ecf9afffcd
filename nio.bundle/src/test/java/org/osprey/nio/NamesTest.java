package org.osprey.nio;

import org.osprey.kit.NamesKit;

/** The kit's NamesKit on the pure-Java provider. */
class NamesTest extends NamesKit {
    NamesTest() {
        super(new NioProvider());
    }
}
