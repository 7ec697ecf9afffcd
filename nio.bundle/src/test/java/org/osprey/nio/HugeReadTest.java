package org.osprey.nio;

import org.osprey.kit.HugeReadKit;

/** The kit's HugeReadKit on the pure-Java provider. */
class HugeReadTest extends HugeReadKit {
    HugeReadTest() {
        super(new NioProvider());
    }
}
