package org.osprey.windows;

import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.osprey.kit.StreamsKit;

/** The kit's StreamsKit on the Windows provider: on Windows only (the provider refuses to serve elsewhere). */
@EnabledOnOs(OS.WINDOWS)
class StreamsTest extends StreamsKit {
    StreamsTest() {
        super(new WindowsProvider());
    }
}
