package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.FwalkKit;

/** The kit's FwalkKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class FwalkTest extends FwalkKit {
    FwalkTest() {
        super(new WindowsProvider());
    }
}
