package org.osprey.posix.proc;

import org.osprey.kit.ProcessParamsKit;
import org.osprey.posix.PosixProvider;

/** The kit's process parameter tests on the POSIX provider. */
class ProcessParamsTest extends ProcessParamsKit {
    ProcessParamsTest() {
        super(new PosixProvider());
    }
}
