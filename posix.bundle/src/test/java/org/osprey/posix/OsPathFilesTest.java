package org.osprey.posix;

import org.osprey.kit.OsPathFilesKit;

/** The kit's os.path tests on real files, on the POSIX provider. */
class OsPathFilesTest extends OsPathFilesKit {
    OsPathFilesTest() {
        super(new PosixProvider());
    }
}
