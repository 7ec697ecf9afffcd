package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.EnvironBytesKit;

/** The kit's EnvironBytesKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class EnvironBytesTest extends EnvironBytesKit {
    EnvironBytesTest() {
        super(new WindowsProvider());
    }
}
