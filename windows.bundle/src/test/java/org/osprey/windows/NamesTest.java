package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.NamesKit;

/** The kit's NamesKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class NamesTest extends NamesKit {
    NamesTest() {
        super(new WindowsProvider());
    }
}
