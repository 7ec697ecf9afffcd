package org.osprey.nio;

import org.osprey.kit.DirKit;

/** The kit's DirKit on the pure-Java provider. */
class DirTest extends DirKit {
    DirTest() {
        super(new NioProvider());
    }
}
