package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.ErrorsKit;

/** The kit's ErrorsKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class ErrorsTest extends ErrorsKit {
    ErrorsTest() {
        super(new WindowsProvider());
    }
}
