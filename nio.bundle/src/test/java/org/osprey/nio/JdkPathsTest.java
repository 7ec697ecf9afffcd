package org.osprey.nio;

import org.osprey.kit.JdkPathsKit;

/** The kit's JDK path interop tests on the pure-Java provider. */
class JdkPathsTest extends JdkPathsKit {
    JdkPathsTest() {
        super(new NioProvider());
    }
}
