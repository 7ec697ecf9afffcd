package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.ProcessKit;

/** The kit's ProcessKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class ProcessTest extends ProcessKit {
    ProcessTest() {
        super(new WindowsProvider());
    }
}
