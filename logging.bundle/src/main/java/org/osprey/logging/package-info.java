/** Python's {@code logging} module. */
@Export
@Version("0.1.0")
package org.osprey.logging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
