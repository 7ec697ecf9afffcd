package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.OsPathFilesKit;

/** The kit's OsPathFilesKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class OsPathFilesTest extends OsPathFilesKit {
    OsPathFilesTest() {
        super(new WindowsProvider());
    }
}
