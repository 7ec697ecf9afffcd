package org.osprey.posix.proc;

import org.osprey.kit.SystemInfoKit;
import org.osprey.posix.PosixProvider;

/** The kit's system information tests on the POSIX provider. */
class SystemInfoTest extends SystemInfoKit {
    SystemInfoTest() {
        super(new PosixProvider());
    }
}
