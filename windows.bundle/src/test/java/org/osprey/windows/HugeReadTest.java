package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.HugeReadKit;

/** The kit's HugeReadKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class HugeReadTest extends HugeReadKit {
    HugeReadTest() {
        super(new WindowsProvider());
    }
}
