package org.osprey.posix;

import org.osprey.kit.FileOpsKit;

/** The kit's tests of the operations that change the file system, on the POSIX provider. */
class FileOpsTest extends FileOpsKit {
    FileOpsTest() {
        super(new PosixProvider());
    }
}
