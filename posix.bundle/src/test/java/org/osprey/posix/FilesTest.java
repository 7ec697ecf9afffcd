package org.osprey.posix;

import org.osprey.kit.FilesKit;

/** The kit's ownership, special file, limit, time and xattr tests on the POSIX provider. */
class FilesTest extends FilesKit {
    FilesTest() {
        super(new PosixProvider());
    }
}
