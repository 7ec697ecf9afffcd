package org.osprey.posix;

import org.osprey.kit.StreamsKit;

/** The kit's stream views of walk, fwalk and scandir on the POSIX provider. */
class StreamsTest extends StreamsKit {
    StreamsTest() {
        super(new PosixProvider());
    }
}
