package org.osprey.nio;

import org.osprey.kit.FilesKit;

/** The kit's FilesKit on the pure-Java provider. */
class FilesTest extends FilesKit {
    FilesTest() {
        super(new NioProvider());
    }
}
