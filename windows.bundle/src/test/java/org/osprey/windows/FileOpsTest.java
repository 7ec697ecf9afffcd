package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.FileOpsKit;

/** The kit's FileOpsKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class FileOpsTest extends FileOpsKit {
    FileOpsTest() {
        super(new WindowsProvider());
    }
}
