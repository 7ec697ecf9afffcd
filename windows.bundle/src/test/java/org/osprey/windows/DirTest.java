package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.DirKit;

/** The kit's DirKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class DirTest extends DirKit {
    DirTest() {
        super(new WindowsProvider());
    }
}
