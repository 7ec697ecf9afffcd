package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.EnvironKit;

/** The kit's EnvironKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class EnvironTest extends EnvironKit {
    EnvironTest() {
        super(new WindowsProvider());
    }
}
