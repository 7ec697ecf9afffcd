package org.osprey.nio;

import org.osprey.kit.DirFdKit;

/** The kit's DirFdKit on the pure-Java provider. */
class DirFdTest extends DirFdKit {
    DirFdTest() {
        super(new NioProvider());
    }
}
