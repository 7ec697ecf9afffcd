package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.ProcessParamsKit;

/** The kit's ProcessParamsKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class ProcessParamsTest extends ProcessParamsKit {
    ProcessParamsTest() {
        super(new WindowsProvider());
    }
}
