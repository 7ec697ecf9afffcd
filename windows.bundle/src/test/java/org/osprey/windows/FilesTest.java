package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.FilesKit;

/** The kit's FilesKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class FilesTest extends FilesKit {
    FilesTest() {
        super(new WindowsProvider());
    }
}
