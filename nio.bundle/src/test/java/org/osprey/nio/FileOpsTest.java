package org.osprey.nio;

import org.osprey.kit.FileOpsKit;

/** The kit's FileOpsKit on the pure-Java provider. */
class FileOpsTest extends FileOpsKit {
    FileOpsTest() {
        super(new NioProvider());
    }
}
