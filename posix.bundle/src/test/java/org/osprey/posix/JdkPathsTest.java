package org.osprey.posix;

import org.osprey.kit.JdkPathsKit;

/** The kit's JDK path interop tests on the POSIX provider. */
class JdkPathsTest extends JdkPathsKit {
    JdkPathsTest() {
        super(new PosixProvider());
    }
}
