package org.osprey.nio;

import org.osprey.kit.SystemInfoKit;

/** The kit's SystemInfoKit on the pure-Java provider. */
class SystemInfoTest extends SystemInfoKit {
    SystemInfoTest() {
        super(new NioProvider());
    }
}
