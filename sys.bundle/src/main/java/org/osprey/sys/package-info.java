/** Python's {@code sys} module, with its meaning on the JVM: {@link org.osprey.sys.Sys}. */
@Export
@Version("0.1.0")
package org.osprey.sys;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
