package org.osprey.nio;

import org.osprey.kit.OsPathFilesKit;

/** The kit's OsPathFilesKit on the pure-Java provider. */
class OsPathFilesTest extends OsPathFilesKit {
    OsPathFilesTest() {
        super(new NioProvider());
    }
}
