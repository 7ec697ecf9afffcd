/** Python's {@code platform} module: {@link org.osprey.platform.Platform}. */
@Export
@Version("0.1.0")
package org.osprey.platform;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
