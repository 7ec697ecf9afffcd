package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.JdkPathsKit;

/** The kit's JdkPathsKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class JdkPathsTest extends JdkPathsKit {
    JdkPathsTest() {
        super(new WindowsProvider());
    }
}
