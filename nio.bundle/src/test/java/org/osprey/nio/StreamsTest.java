package org.osprey.nio;

import org.osprey.kit.StreamsKit;

/** The kit's stream views of walk, fwalk and scandir on the pure-Java provider. */
class StreamsTest extends StreamsKit {
    StreamsTest() {
        super(new NioProvider());
    }
}
