package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.DirFdKit;

/** The kit's DirFdKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class DirFdTest extends DirFdKit {
    DirFdTest() {
        super(new WindowsProvider());
    }
}
